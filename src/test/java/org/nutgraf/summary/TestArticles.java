package org.nutgraf.summary;

import org.nutgraf.article.Article;
import org.nutgraf.article.Sentence;
import org.nutgraf.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Hand-built articles for scorer tests: no models, one sentence per string, words split on spaces. */
final class TestArticles {

    private TestArticles() {
    }

    /** An article whose sentences are the given strings, one paragraph each, separated by blank lines. */
    static Article of(String title, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(s);
            list.add(new Sentence(list.size(), list.size(), start, text.length(), s, tokens(s, start)));
        }
        return new Article(text.toString(), title, title == null ? List.of() : tokens(title, 0), list);
    }

    /** Tokens split on spaces, with a final full stop split off; capitalised words past the first are proper nouns. */
    static List<Token> tokens(String s, int offset) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == ' ') {
                i++;
                continue;
            }
            int j = s.indexOf(' ', i);
            if (j < 0) {
                j = s.length();
            }
            int wordEnd = j;
            if (s.charAt(j - 1) == '.' && j - 1 > i) {
                wordEnd = j - 1;
            }
            String word = s.substring(i, wordEnd);
            boolean proper = !tokens.isEmpty() && Character.isUpperCase(word.charAt(0));
            String tag = proper ? "NNP" : Character.isDigit(word.charAt(0)) ? "CD" : "NN";
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), tag, "O", offset + i, offset + wordEnd));
            if (wordEnd < j) {
                tokens.add(new Token(".", ".", ".", "O", offset + wordEnd, offset + j));
            }
            i = j;
        }
        return tokens;
    }
}
