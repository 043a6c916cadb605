package org.itkg.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The offices of the persons found: a title beside a name («اسکندر مومنی وزیر کشور», "Foreign Minister
 * Hakan Fidan») is that person's; a plural title is shared by the names before it. A title with no name
 * beside it is left for {@link Coreference}. A person of no known state named with one of a known state in
 * a contact's sentence is of the other side.
 */
final class Offices extends Stage {
    Offices(Doc doc) {
        super(doc);
    }

    @Override
    void annotate() {
        sidesFromContacts();
        assignPluralRoles();
        assignRoles();
    }

    /**
     * Two persons in a sentence that reports a contact, one of a known side: the other is of the other
     * side («حسین ذوالفقاری در تماس تلفنی با محترم اینجه قائم مقام وزارت کشور ترکیه»).
     */
    private void sidesFromContacts() {
        for (Sentence st : doc.sentences) {
            if (lx.triggers.find(scan, st.start(), st.end()).isEmpty()) continue;
            Set<PersonDraft> ps = new LinkedHashSet<>();
            for (Ref r : doc.refs.get(st.index())) ps.add(r.person());
            if (ps.size() != 2) continue;
            PersonDraft[] two = ps.toArray(new PersonDraft[0]);
            for (int i = 0; i < 2; i++) {
                PersonDraft known = two[i], other = two[1 - i];
                String side = known.knownCountry != null ? known.knownCountry : titleCountry(known, st);
                if (Sides.isSide(side) && other.country() == null && other.knownCountry == null) other.inferredCountry = Sides.other(side);
            }
        }
    }

    /** The state of an office given right beside the person in the sentence, if any. */
    private String titleCountry(PersonDraft p, Sentence st) {
        for (TitleMention th : doc.titles.get(st.index())) {
            if (th.explicitCountry() == null) continue;
            for (Ref r : doc.refs.get(st.index()))
                if (r.person() == p && (doc.gapOk(r.end(), th.start()) || doc.gapOk(th.end(), r.start()))) return th.explicitCountry();
        }
        return null;
    }

    /** The holders of a plural title: the name right before it and the one before «و» ahead of that. */
    private void assignPluralRoles() {
        for (PluralTitle ph : doc.plurals) {
            List<Ref> rs = doc.refs.get(ph.sentence());
            Ref second = null, first = null;
            for (Ref r : rs) if (r.person() != null && r.end() <= ph.start() && doc.gapOk(r.end(), ph.start())) second = r;
            if (second == null) continue;
            for (Ref r : rs)
                if (r.person() != null && r.person() != second.person() && r.end() <= second.start()
                        && s.substring(r.end(), second.start()).strip().equals("و")) first = r;
            List<Ref> holders = first == null ? List.of(second) : List.of(first, second);
            for (int i = 0; i < holders.size(); i++) {
                PersonDraft p = holders.get(i).person();
                String country = ph.states().size() == holders.size() ? ph.states().get(i)
                        : ph.states().size() == 1 ? ph.states().get(0)
                        : p.knownCountry != null ? p.knownCountry : doc.defaultCountry;
                p.addRole(new Role(ph.title().position(), ph.title().portfolio(), country, doc.sentenceEvidence(ph.sentence())));
                if (p.knownCountry == null && p.inferredCountry == null) p.inferredCountry = country;
            }
        }
    }

    private void assignRoles() {
        for (List<TitleMention> titles : doc.titles)
            for (TitleMention th : titles) {
                Ref r = adjacent(th);
                if (r != null) {
                    String country = th.explicitCountry() != null ? th.explicitCountry()
                            : r.person().knownCountry != null ? r.person().knownCountry : doc.defaultCountryIn(th.sentence());
                    if (th.former()) r.person().former = true; // a past office is none the article reports
                    else r.person().addRole(new Role(th.title().position(), th.title().portfolio(), country, doc.sentenceEvidence(th.sentence())));
                } else {
                    doc.titlesAlone.add(th);
                }
            }
    }

    /** The person named right before the title («اسکندر مومنی وزیر کشور») or right after it. */
    private Ref adjacent(TitleMention th) {
        Ref before = null, after = null;
        for (Ref r : doc.refs.get(th.sentence())) {
            if (r.person() == null) continue;
            if (r.end() <= th.start() && doc.gapOk(r.end(), th.start())) before = r;
            if (r.start() >= th.end() && doc.gapOk(th.end(), r.start()) && after == null) after = r;
        }
        boolean nameFirst = lx.nameBeforeTitle.contains(doc.lang);
        return nameFirst ? (before != null ? before : after) : (after != null ? after : before);
    }
}
