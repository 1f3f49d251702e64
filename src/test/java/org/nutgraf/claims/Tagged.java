package org.nutgraf.claims;

import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a sentence by hand from {@code word/TAG} or {@code word/TAG/lemma} pieces, so tests load no models. */
final class Tagged {

    private Tagged() {
    }

    static Sentence sentence(String tagged) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String written : tagged.trim().split(" +")) {
            // a leading "~" glues a token to the one before it, as the parts of a hyphenated word:
            // zero/CD ~-/HYPH ~sum/NN
            boolean joined = written.startsWith("~") && written.length() > 1;
            String piece = joined ? written.substring(1) : written;
            int slash = piece.lastIndexOf('/', piece.length() - 2);
            String[] parts = piece.split("/");
            String word;
            String tag;
            String lemma;
            if (parts.length == 3 && !piece.startsWith("/")) {
                word = parts[0];
                tag = parts[1];
                lemma = parts[2];
            } else {
                word = piece.substring(0, slash);
                tag = piece.substring(slash + 1);
                lemma = word.toLowerCase(Locale.ROOT);
            }
            boolean glued = !tokens.isEmpty() && (joined || word.matches("[.,%:;']|'s|n't|''")
                    || tokens.get(tokens.size() - 1).word().matches("[$£€`]|``"));
            if (!tokens.isEmpty() && !glued) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(word, lemma, tag, "O", start, text.length()));
        }
        return new Sentence(0, 0, 0, text.length(), text.toString(), tokens);
    }
}
