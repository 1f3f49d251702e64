package org.nutgraf.api;

/** Example requests and answers for the OpenAPI document: an article of our own, pasted with its page around it. */
final class Examples {

    private Examples() {
    }

    static final String ARTICLE = """
            Menu
            Search
            Sign in

            Riverton approves £40m flood defences after wettest winter on record

            By Hannah Okafor, Local Democracy Reporter
            14 March 2026

            Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.

            The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.

            Council leader Priya Desai said the vote was "the most important decision this council will take in a generation". She added that work would start in September and finish by 2029.

            The Environment Agency will pay £26 million of the cost, with the rest coming from council borrowing and a levy on new developments.

            Opponents argued that the plan does little for villages upstream. "Building higher walls in town just sends the water to us," said Tom Barrow, who chairs the Upper Wend parish council.

            Insurers have welcomed the decision. The Association of British Insurers said premiums in Marsh End had risen by 45% since the floods of 2024, when 600 homes were evacuated.

            Share this article

            Related stories
            Bus fares to rise in April
            New library opens on Market Street

            © 2026 Riverton Gazette. All rights reserved.
            """;

    static final String HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Riverton approves flood defences | Riverton Gazette</title>
            <meta property="og:title" content="Riverton approves £40m flood defences after wettest winter on record">
            <meta name="author" content="Hannah Okafor">
            <meta property="article:published_time" content="2026-03-14T09:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="cookie-banner">We use cookies. <button>Accept</button></div>
            <article>
            <h1>Riverton approves £40m flood defences after wettest winter on record</h1>
            <p class="byline">By Hannah Okafor</p>
            <p>Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.</p>
            <p>The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.</p>
            <p>The Environment Agency will pay £26 million of the cost, with the rest coming from council borrowing and a levy on new developments.</p>
            </article>
            <aside><h2>Related stories</h2><ul><li><a href="/a">Bus fares to rise in April</a></li></ul></aside>
            <footer>© 2026 Riverton Gazette</footer>
            </body></html>
            """;

    static final String JSON_REQUEST = """
            {
              "title": "Riverton approves £40m flood defences after wettest winter on record",
              "text": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.\\n\\nThe scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.\\n\\nCouncil leader Priya Desai said the vote was \\"the most important decision this council will take in a generation\\". She added that work would start in September and finish by 2029.\\n\\nThe Environment Agency will pay £26 million of the cost, with the rest coming from council borrowing and a levy on new developments.",
              "options": {"algorithm": "news", "sentences": 2, "order": "document"}
            }
            """;

    static final String RESPONSE = """
            {
              "summary": {
                "text": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910. The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.",
                "sentences": [
                  {
                    "index": 0,
                    "text": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.",
                    "start": 0,
                    "end": 147,
                    "score": 1.0,
                    "rank": 1,
                    "reasons": {
                      "centrality": 1.0,
                      "entityDensity": 0.2533,
                      "form": 1.0,
                      "length": 1.0,
                      "position": 1.0,
                      "quote": 1.0,
                      "titleOverlap": 0.625
                    },
                    "selector": {
                      "exact": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.",
                      "prefix": "",
                      "suffix": "\\n\\nThe scheme, passed by 31 votes"
                    }
                  },
                  {
                    "index": 1,
                    "text": "The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.",
                    "start": 149,
                    "end": 337,
                    "score": 0.8418,
                    "rank": 2,
                    "reasons": {
                      "centrality": 1.0,
                      "entityDensity": 0.8796,
                      "form": 1.0,
                      "length": 1.0,
                      "position": 0.7071,
                      "quote": 1.0,
                      "titleOverlap": 0.0
                    },
                    "selector": {
                      "exact": "The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.",
                      "prefix": "r since records began in 1910.\\n\\n",
                      "suffix": "\\n\\nCouncil leader Priya Desai sai"
                    }
                  }
                ]
              },
              "keywords": [
                {
                  "text": "council",
                  "lemma": "council",
                  "score": 1.0,
                  "count": 1
                },
                {
                  "text": "council borrowing",
                  "lemma": "council borrowing",
                  "score": 0.95,
                  "count": 1
                },
                {
                  "text": "Council leader Priya Desai",
                  "lemma": "council leader priya desai",
                  "score": 0.945,
                  "count": 1
                },
                {
                  "text": "votes",
                  "lemma": "vote",
                  "score": 0.916,
                  "count": 2
                }
              ],
              "keyClaims": [
                {
                  "text": "The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.",
                  "sentenceIndex": 1,
                  "start": 149,
                  "end": 337,
                  "checkWorthiness": 0.9994,
                  "type": "prediction",
                  "signals": [
                    {
                      "kind": "NUMBER",
                      "text": "31",
                      "value": 31.0,
                      "start": 171,
                      "end": 173
                    },
                    {
                      "kind": "NUMBER",
                      "text": "4",
                      "value": 4.0,
                      "start": 183,
                      "end": 184
                    },
                    {
                      "kind": "DATE",
                      "text": "Thursday",
                      "start": 188,
                      "end": 196
                    },
                    {
                      "kind": "NUMBER",
                      "text": "1.2",
                      "value": 1.2,
                      "start": 261,
                      "end": 264
                    },
                    {
                      "kind": "NUMBER",
                      "text": "two",
                      "value": 2.0,
                      "start": 280,
                      "end": 283
                    }
                  ],
                  "inSummary": true,
                  "selector": {
                    "exact": "The scheme, passed by 31 votes to 4 on Thursday night, will raise the embankments along the River Wend by up to 1.2 metres and add two pumping stations in the low-lying Marsh End district.",
                    "prefix": "r since records began in 1910.\\n\\n",
                    "suffix": "\\n\\nCouncil leader Priya Desai sai"
                  }
                },
                {
                  "text": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.",
                  "sentenceIndex": 0,
                  "start": 0,
                  "end": 147,
                  "checkWorthiness": 0.9316,
                  "type": "quantity",
                  "signals": [
                    {
                      "kind": "LOCATION",
                      "text": "Riverton",
                      "start": 0,
                      "end": 8
                    },
                    {
                      "kind": "MONEY",
                      "text": "£40 million",
                      "value": 40000000.0,
                      "unit": "GBP",
                      "start": 39,
                      "end": 50
                    },
                    {
                      "kind": "NUMBER",
                      "text": "3,200",
                      "value": 3200.0,
                      "start": 67,
                      "end": 72
                    },
                    {
                      "kind": "SUPERLATIVE",
                      "text": "wettest",
                      "start": 104,
                      "end": 111
                    },
                    {
                      "kind": "DATE",
                      "text": "1910",
                      "start": 142,
                      "end": 146
                    }
                  ],
                  "inSummary": true,
                  "selector": {
                    "exact": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding, after the wettest winter since records began in 1910.",
                    "prefix": "",
                    "suffix": "\\n\\nThe scheme, passed by 31 votes"
                  }
                },
                {
                  "text": "The Environment Agency will pay £26 million of the cost, with the rest coming from council borrowing and a levy on new developments.",
                  "sentenceIndex": 4,
                  "start": 520,
                  "end": 652,
                  "checkWorthiness": 0.8677,
                  "type": "prediction",
                  "signals": [
                    {
                      "kind": "ORGANIZATION",
                      "text": "Environment Agency",
                      "start": 524,
                      "end": 542
                    },
                    {
                      "kind": "MONEY",
                      "text": "£26 million",
                      "value": 26000000.0,
                      "unit": "GBP",
                      "start": 552,
                      "end": 563
                    }
                  ],
                  "inSummary": false,
                  "selector": {
                    "exact": "The Environment Agency will pay £26 million of the cost, with the rest coming from council borrowing and a levy on new developments.",
                    "prefix": " September and finish by 2029.\\n\\n",
                    "suffix": ""
                  }
                },
                {
                  "text": "She added that work would start in September and finish by 2029.",
                  "sentenceIndex": 3,
                  "start": 454,
                  "end": 518,
                  "checkWorthiness": 0.7448,
                  "type": "other",
                  "attribution": "added",
                  "signals": [
                    {
                      "kind": "ATTRIBUTION",
                      "text": "added",
                      "start": 458,
                      "end": 463
                    },
                    {
                      "kind": "DATE",
                      "text": "September",
                      "start": 489,
                      "end": 498
                    },
                    {
                      "kind": "DATE",
                      "text": "2029",
                      "start": 513,
                      "end": 517
                    }
                  ],
                  "inSummary": false,
                  "selector": {
                    "exact": "She added that work would start in September and finish by 2029.",
                    "prefix": "cil will take in a generation\\". ",
                    "suffix": "\\n\\nThe Environment Agency will pa"
                  }
                }
              ],
              "article": {
                "title": "Riverton approves £40m flood defences after wettest winter on record",
                "source": "text",
                "removed": []
              },
              "stats": {
                "sentences": 5,
                "paragraphs": 4,
                "words": 115,
                "characters": 652,
                "readingTimeMinutes": 0.5,
                "summarySentences": 2,
                "summaryWords": 61,
                "summaryShare": 0.53
              },
              "meta": {
                "algorithm": "news",
                "options": {
                  "algorithm": "news",
                  "sentences": 2,
                  "order": "document",
                  "clean": true,
                  "claims": true,
                  "maxClaims": 5,
                  "minScore": 0.4
                },
                "version": "0.1.0-SNAPSHOT",
                "annotators": [
                  "tokenize",
                  "ssplit",
                  "pos",
                  "lemma",
                  "ner"
                ],
                "inputSha256": "bdb2010ead52c84e94f1396aa23de68fe0d12a674f2eb334f1fa477b303d6b94"
              }
            }
            """;

    static final String BATCH_REQUEST = """
            [
              {"id": "flood", "text": "Riverton's town council has approved a £40 million plan to protect 3,200 homes from flooding. Work starts in September.", "options": {"sentences": 1}},
              {"id": "bell", "text": "A brass ship's bell stolen in 1986 has been returned to the Portwell museum. It goes back on display in March."}
            ]
            """;

    static final String CLAIMS_REQUEST = """
            {
              "text": "The finance minister promised relief for families on Tuesday.\n\n'We will cut taxes by 10% next year,' the minister said.\n\nUnemployment rose to 5.2% in March, according to the statistics office.",
              "options": {"maxClaims": 5}
            }
            """;

    static final String CLAIMS_RESPONSE = """
            {
              "keyClaims": [
                {
                  "text": "Unemployment rose to 5.2% in March, according to the statistics office.",
                  "sentenceIndex": 2,
                  "start": 121,
                  "end": 192,
                  "checkWorthiness": 0.9996,
                  "type": "quantity",
                  "speaker": "the statistics office",
                  "attribution": "according to",
                  "signals": [
                    {
                      "kind": "PERCENT",
                      "text": "5.2%",
                      "value": 0.052,
                      "start": 142,
                      "end": 146
                    },
                    {
                      "kind": "DATE",
                      "text": "March",
                      "start": 150,
                      "end": 155
                    },
                    {
                      "kind": "ATTRIBUTION",
                      "text": "according to",
                      "start": 157,
                      "end": 169
                    }
                  ],
                  "inSummary": false,
                  "selector": {
                    "exact": "Unemployment rose to 5.2% in March, according to the statistics office.",
                    "prefix": "next year,' the minister said.\\n\\n",
                    "suffix": ""
                  }
                },
                {
                  "text": "'We will cut taxes by 10% next year,' the minister said.",
                  "sentenceIndex": 1,
                  "start": 63,
                  "end": 119,
                  "checkWorthiness": 0.4351,
                  "type": "prediction",
                  "speaker": "the minister",
                  "attribution": "said",
                  "signals": [
                    {
                      "kind": "PERCENT",
                      "text": "10%",
                      "value": 0.1,
                      "start": 85,
                      "end": 88
                    },
                    {
                      "kind": "DATE",
                      "text": "next year",
                      "start": 89,
                      "end": 98
                    },
                    {
                      "kind": "ATTRIBUTION",
                      "text": "said",
                      "start": 114,
                      "end": 118
                    }
                  ],
                  "inSummary": false,
                  "selector": {
                    "exact": "'We will cut taxes by 10% next year,' the minister said.",
                    "prefix": "elief for families on Tuesday.\\n\\n",
                    "suffix": "\\n\\nUnemployment rose to 5.2% in M"
                  }
                }
              ],
              "article": {
                "source": "text",
                "removed": []
              },
              "meta": {
                "algorithm": "claims",
                "options": {
                  "maxClaims": 5,
                  "minScore": 0.4,
                  "clean": true
                },
                "version": "0.1.0-SNAPSHOT",
                "annotators": [
                  "tokenize",
                  "ssplit",
                  "pos",
                  "lemma",
                  "ner"
                ],
                "inputSha256": "c57e6a505d83436f36c5ac64ab532ef4f14ceec8acb9337673895d19759ea8b4"
              }
            }
            """;

    static final String PROBLEM_400 = """
            {
              "type": "https://nutgraf.org/problems/invalid-request",
              "title": "Invalid request",
              "status": 400,
              "detail": "Unknown algorithm 'magic'; valid ones are: lead, textrank, lexrank, centroid, news"
            }
            """;

    static final String PROBLEM_413 = """
            {
              "type": "https://nutgraf.org/problems/text-too-long",
              "title": "Text too long",
              "status": 413,
              "detail": "The text has 100001 characters; the limit is 100000"
            }
            """;

    static final String PROBLEM_415 = """
            {
              "type": "https://nutgraf.org/problems/unsupported-media-type",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "Send the article as application/json, text/plain or text/html; other media types are not read"
            }
            """;

    static final String PROBLEM_503 = """
            {
              "type": "https://nutgraf.org/problems/busy",
              "title": "Service busy",
              "status": 503,
              "detail": "Every worker is busy and the queue is full; retry after 1 s"
            }
            """;

    static final String PROBLEM_422 = """
            {
              "type": "https://nutgraf.org/problems/no-sentences",
              "title": "No sentences",
              "status": 422,
              "detail": "The text has no words to summarise"
            }
            """;
}
