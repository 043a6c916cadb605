package org.itkg.cli;

/** An expected condition that ends a command with one line on standard error and exit status 2, never a trace. */
final class CommandException extends RuntimeException {
    CommandException(String message) {
        super(message);
    }
}
