package org.itkg.extract;

import java.util.List;

/** «وزرای امور خارجه ایران و ترکیه»: a plural title at {@code start} and the states it lists, in order. */
record PluralTitle(int start, List<String> states, Lexicons.Title title, int sentence) {}
