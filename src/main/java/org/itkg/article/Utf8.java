package org.itkg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: bytes that are not text are refused with a reason, never replaced silently. */
final class Utf8 {
    private Utf8() {}

    static String decode(byte[] bytes) throws ArticleException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) throw new ArticleException("binary file (NUL byte at offset " + i + ")");
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s;
        try {
            s = d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException("not valid UTF-8 (" + e.getMessage() + "); convert it to UTF-8 first");
        }
        if (s.indexOf('\0') >= 0) throw new ArticleException("binary file (NUL character)");
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
