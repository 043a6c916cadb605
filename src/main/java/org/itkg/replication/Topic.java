package org.itkg.replication;

/** A Kafka topic and the brokers to reach it by, as given on the command line: {@code HOST:PORT[,HOST:PORT…]/TOPIC}. */
public record Topic(String bootstrap, String name) {
    public static Topic parse(String address) {
        int slash = address.lastIndexOf('/');
        if (slash <= 0 || slash == address.length() - 1)
            throw new IllegalArgumentException("not HOST:PORT/TOPIC: " + address);
        String bootstrap = address.substring(0, slash), name = address.substring(slash + 1);
        for (String hp : bootstrap.split(","))
            if (!hp.matches("[^:/\\s]+:\\d{1,5}")) throw new IllegalArgumentException("not HOST:PORT: " + hp + " (in " + address + ")");
        if (!name.matches("[A-Za-z0-9._-]{1,249}")) throw new IllegalArgumentException("not a Kafka topic name: " + name);
        return new Topic(bootstrap, name);
    }

    @Override
    public String toString() {
        return bootstrap + "/" + name;
    }
}
