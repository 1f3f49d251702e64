package org.nutgraf.api;

/**
 * Example requests and answers for the OpenAPI document, all about one story of our own. Its paragraphs are
 * written once and joined into each form a caller sends (a pasted page, HTML, JSON); the answers are what the
 * service gives for {@link #JSON_REQUEST}, with the keywords cut to three, and share the parts they have in
 * common. ExamplesTest holds them to what the service answers.
 */
final class Examples {

    private Examples() {
    }

    static final String TITLE = "Riverton approves £40m flood defences after wettest winter on record";

    // single quotes inside the story, so each paragraph can stand in JSON as it is
    private static final String LEDE = "Riverton's town council has approved a £40 million plan to protect 3,200 "
            + "homes from flooding, after the wettest winter since records began in 1910.";
    private static final String SCHEME = "The scheme, passed by 31 votes to 4 on Thursday night, will raise the "
            + "embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying "
            + "Marsh End district.";
    private static final String QUOTE = "'This is the most important decision this council will take in a "
            + "generation,' said council leader Priya Desai. Work starts in September and should finish by 2029.";
    private static final String FUNDING = "The Environment Agency will pay £26 million of the cost, with the rest "
            + "coming from council borrowing and a levy on new developments.";
    private static final String INSURERS = "Insurance premiums in Marsh End have risen by 45% since the floods of "
            + "2024, according to the Association of British Insurers.";

    /** The story as pasted from its page: menus, byline, sharing links and related stories around it. */
    static final String ARTICLE = "Menu\nSearch\nSign in\n\n" + TITLE + "\n\nBy Hannah Okafor, Local Democracy "
            + "Reporter\n14 March 2026\n\n" + LEDE + "\n\n" + SCHEME + "\n\n" + QUOTE + "\n\n" + FUNDING + "\n\n"
            + INSURERS + "\n\nShare this article\n\nRelated stories\nBus fares to rise in April\nNew library opens "
            + "on Market Street\n\n© 2026 Riverton Gazette. All rights reserved.\n";

    /** The story's page. */
    static final String HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Riverton approves flood defences | Riverton Gazette</title>
            <meta name="author" content="Hannah Okafor">
            <meta property="article:published_time" content="2026-03-14T09:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies. <button>Accept</button></div>
            <article>
            <h1>""" + TITLE + "</h1>\n<p class=\"byline\">By Hannah Okafor</p>\n<p>" + LEDE + "</p>\n<p>" + SCHEME
            + "</p>\n<p>" + QUOTE + "</p>\n<p>" + FUNDING + "</p>\n<p>" + INSURERS + "</p>\n" + """
            </article>
            <aside><h2>Related stories</h2><ul><li><a href="/a">Bus fares to rise in April</a></li></ul></aside>
            <footer>© 2026 Riverton Gazette</footer>
            </body></html>
            """;

    /** The story as JSON, for a summary of two sentences and the one key claim most worth checking. */
    static final String JSON_REQUEST = "{\"title\": \"" + TITLE + "\", \"text\": \"" + LEDE + "\\n\\n" + SCHEME
            + "\\n\\n" + QUOTE + "\\n\\n" + FUNDING + "\\n\\n" + INSURERS + "\", "
            + "\"options\": {\"sentences\": 2, \"maxClaims\": 1}}";

    private static final String CLAIM = """
            {"text": \"""" + INSURERS + """
            ",
             "sentenceIndex": 5, "start": 637, "end": 762, "checkWorthiness": 0.973, "type": "quantity",
             "speaker": "the Association of British Insurers", "attribution": "according to",
             "signals": [
               {"kind": "PERCENT", "text": "45%", "value": 0.45, "start": 683, "end": 686},
               {"kind": "DATE", "text": "2024", "start": 707, "end": 711},
               {"kind": "ATTRIBUTION", "text": "according to", "start": 713, "end": 725},
               {"kind": "ORGANIZATION", "text": "Association of British Insurers", "start": 730, "end": 761}],
             "inSummary": false,
             "selector": {"exact": \"""" + INSURERS + """
            ", "prefix": "nd a levy on new developments.\\n\\n", "suffix": ""}}""";

    private static final String ARTICLE_VIEW = "{\"title\": \"" + TITLE + "\", \"source\": \"text\", \"removed\": []}";

    private static final String PROVENANCE = """
            "version": "0.1.0-SNAPSHOT", "annotators": ["tokenize", "ssplit", "pos", "lemma", "ner"],
            "language": "en", "languageConfidence": 0.996, "languageSource": "detected",
            "inputSha256": "9b4bf6f773051539b31a3862e92fb52ad6f31f025ced8808d3538a45d42b3780",
            "models": [
              {"file": "extract/pasted-lines.tsv", "sha256": "dda9d76db9fb"},
              {"file": "langdetect-183.bin", "sha256": "2ddf585fac2e"},
            """;

    /** The model files of the summary. */
    private static final String SUMMARY_MODELS = """
              {"file": "summary/news-scorer.tsv", "sha256": "fd9b56668f3a"},
              {"file": "summary/lead-trust.tsv", "sha256": "3f9e6e4ad81e"},
            """;

    /** The model files of the key claims, which end the list. */
    private static final String CLAIM_MODELS = """
              {"file": "claims/check-worthiness.tsv", "sha256": "b6a905ff2bd5"},
              {"file": "claims/static-vectors.bin", "sha256": "cdbc7538fdc9"},
              {"file": "claims/cue-verbs.tsv", "sha256": "b13b703ebf83"},
              {"file": "claims/speaker-cue-verbs.tsv", "sha256": "4aae45361556"},
              {"file": "claims/speaker-secondary-verbs.tsv", "sha256": "590a500d8d48"},
              {"file": "claims/speaker-reporting-nouns.tsv", "sha256": "20be73ec2a6a"},
              {"file": "claims/speaker-nouns.tsv", "sha256": "663686da4dd2"}]""";

    /** The answer to {@link #JSON_REQUEST}. */
    static final String RESPONSE = """
            {"summary": {
              "text": \"""" + LEDE + " " + SCHEME + """
            ",
              "sentences": [
                {"index": 0, "text": \"""" + LEDE + """
            ",
                 "start": 0, "end": 147, "score": 0.911, "rank": 1,
                 "reasons": {"centrality": 1.4427, "headline": 0.4935, "lead": 1.5, "length": -1.453,
                             "names": 0.0233, "numbers": 0.1846, "paragraph": 0.072, "position": 1.9754},
                 "selector": {"exact": \"""" + LEDE + """
            ", "prefix": "", "suffix": "\\n\\nThe scheme, passed by 31 votes"}},
                {"index": 1, "text": \"""" + SCHEME + """
            ",
                 "start": 149, "end": 337, "score": 0.6035, "rank": 2,
                 "reasons": {"centrality": 1.3712, "lead": 0.0, "length": -1.2571, "names": 0.0808,
                             "numbers": 0.1846, "paragraph": -0.0251, "position": 1.9784},
                 "selector": {"exact": \"""" + SCHEME + """
            ", "prefix": "r since records began in 1910.\\n\\n", "suffix": "\\n\\n'This is the most important de"}}]},
             "keywords": [
               {"text": "council", "lemma": "council", "score": 1.0, "count": 1},
               {"text": "council borrowing", "lemma": "council borrowing", "score": 0.929, "count": 1},
               {"text": "town council", "lemma": "town council", "score": 0.88, "count": 1}],
             "keyClaims": [""" + CLAIM + "],\n" + """
             "entities": [
               {"text": "Riverton", "type": "LOCATION", "count": 1, "firstOffset": 0,
                "mentions": [{"text": "Riverton", "start": 0, "end": 8}]},
               {"text": "Priya Desai", "type": "PERSON", "count": 1, "firstOffset": 437,
                "mentions": [{"text": "Priya Desai", "start": 437, "end": 448}]},
               {"text": "Environment Agency", "type": "ORGANIZATION", "count": 1, "firstOffset": 507,
                "mentions": [{"text": "Environment Agency", "start": 507, "end": 525}]},
               {"text": "Association of British Insurers", "type": "ORGANIZATION", "count": 1, "firstOffset": 730,
                "mentions": [{"text": "Association of British Insurers", "start": 730, "end": 761}]}],
            "article": """ + ARTICLE_VIEW + ",\n" + """
             "stats": {"sentences": 6, "paragraphs": 5, "words": 132, "characters": 762, "readingTimeMinutes": 0.6,
                       "summarySentences": 2, "summaryWords": 61, "summaryShare": 0.462},
             "meta": {"algorithm": "news",
                      "options": {"algorithm": "news", "sentences": 2, "order": "document", "clean": true,
                                  "claims": true, "maxClaims": 1, "minScore": 0.4, "entities": true},
            """ + PROVENANCE + SUMMARY_MODELS + CLAIM_MODELS + "}}";

    /** The answer of the claims endpoint to {@link #JSON_REQUEST}: the same claim, without a summary. */
    static final String CLAIMS_RESPONSE = "{\"keyClaims\": [" + CLAIM + "],\n\"article\": " + ARTICLE_VIEW + ",\n"
            + "\"meta\": {\"algorithm\": \"claims\", \"options\": {\"clean\": true, \"maxClaims\": 1, \"minScore\": 0.4},\n"
            + PROVENANCE + CLAIM_MODELS + "}}";

    /** Two stories in one batch, each with its own options. */
    static final String BATCH_REQUEST = "[{\"id\": \"flood\", \"text\": \"" + LEDE + " " + SCHEME + "\", "
            + "\"options\": {\"preset\": \"push-alert\"}},\n"
            + "{\"id\": \"bell\", \"text\": \"A brass ship's bell stolen in 1986 has been returned to the Portwell "
            + "museum. It goes back on display in March.\"}]";

    static final String PROBLEM_400 = """
            {"type": "https://nutgraf.org/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "sentences must be greater than or equal to 1 (was 0)"}""";

    static final String PROBLEM_413 = """
            {"type": "https://nutgraf.org/problems/text-too-long", "title": "Text too long", "status": 413,
             "detail": "The text has 100001 characters; the limit is 100000"}""";

    static final String PROBLEM_415 = """
            {"type": "https://nutgraf.org/problems/unsupported-media-type", "title": "Unsupported Media Type", "status": 415,
             "detail": "Send the article as application/json, text/plain or text/html; other media types are not read"}""";

    static final String PROBLEM_422 = """
            {"type": "https://nutgraf.org/problems/no-sentences", "title": "No sentences", "status": 422,
             "detail": "The text has no words to analyse"}""";

    static final String PROBLEM_503 = """
            {"type": "https://nutgraf.org/problems/busy", "title": "Service busy", "status": 503,
             "detail": "Every worker is busy and the queue is full; retry after 1 s"}""";
}
