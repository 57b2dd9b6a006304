"""Demo content of the public site: explainers, news, events and the site's own
pages, written for the public."""

EXPLAINERS = [
    {
        "slug": "ai-act-for-citizens",
        "title": "What the AI Act means for you",
        "intro": (
            "The EU's Artificial Intelligence Act sets rules for AI systems used "
            "in Europe. This guide explains what is already banned, what changes "
            "when AI helps to decide about you, and where to turn if something "
            "goes wrong."
        ),
        "topics": ["AI Act", "citizens", "fundamental rights"],
        "last_reviewed": "2026-10-15",
        "takeaways": [
            (
                "Some uses of AI, such as social scoring and harmful "
                "manipulation, have been banned in the EU since 2 February 2025."
            ),
            (
                "Since 2 August 2026 you must be told when you are talking to a "
                "chatbot, and deepfakes must be disclosed."
            ),
            (
                "AI used in sensitive decisions, for example on jobs, education, "
                "credit or public benefits, must meet strict requirements from 2 "
                "December 2027."
            ),
            (
                "If you think an AI system breaks the rules, you can complain to "
                "the market surveillance authority in your country."
            ),
        ],
        "related": [
            "risk-based-regulation",
            "ai-and-fundamental-rights",
            "generative-ai-and-transparency",
        ],
        "body": [
            ("heading", "What the AI Act is"),
            (
                "paragraph",
                (
                    "<p>The Artificial Intelligence Act, formally <a "
                    'href="https://eur-lex.europa.eu/eli/reg/2024/1689/oj">'
                    "Regulation (EU) 2024/1689</a>, is the EU's law on "
                    "artificial intelligence. It entered into force on 1 August "
                    "2024 and was the first comprehensive AI law in the "
                    "world.</p><p>The Act does not regulate the technology as "
                    "such. It regulates how AI systems are sold and used, and it "
                    "sets more duties where the risk to people's health, safety "
                    "or fundamental rights is higher. It applies to companies "
                    "and public bodies that offer or use AI systems in the EU, "
                    "wherever they are based. It does not cover AI used only for "
                    "military, defence or national security purposes, AI used "
                    "only for scientific research, or people using AI for purely "
                    "personal activities.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "ai-act-timeline",
                    "caption": "The AI Act applies in stages, from 2025 to 2028.",
                    "alt": (
                        "A timeline with markers for 2024, 2025, 2026, 2027 and "
                        "2028, showing when the parts of the AI Act apply."
                    ),
                },
            ),
            ("heading", "What is already banned"),
            (
                "paragraph",
                (
                    "<p>Since 2 February 2025, a short list of AI practices has "
                    "been banned in the EU because they are an unacceptable "
                    "threat to people's safety and "
                    "rights:</p><ul><li>manipulative or deceptive techniques "
                    "that distort people's behaviour and cause them significant "
                    "harm;</li><li>exploiting people's vulnerabilities because "
                    "of their age, disability or social or economic "
                    "situation;</li><li>social scoring that leads to unfair "
                    "treatment;</li><li>predicting that someone will commit a "
                    "crime based only on profiling or personality "
                    "traits;</li><li>building facial recognition databases by "
                    "untargeted scraping of images from the internet or "
                    "CCTV;</li><li>recognising emotions at work or in schools, "
                    "except for medical or safety reasons;</li><li>using "
                    "biometric data to infer sensitive characteristics such as "
                    "political opinions, religious beliefs or sexual "
                    "orientation;</li><li>real-time remote biometric "
                    "identification in public spaces by the police, except in "
                    "narrowly defined cases.</li></ul><p>Amendments adopted in "
                    "2026 add a further ban, from 2 December 2026, on AI systems "
                    "used to create child sexual abuse material or sexually "
                    "explicit images of real people without their consent.</p>"
                ),
            ),
            ("heading", "When AI helps to decide about you"),
            (
                "paragraph",
                (
                    "<p>Some AI systems are classed as high-risk because errors "
                    "or bias could seriously affect people's lives. Examples are "
                    "systems that sort job applications, mark exams, assess "
                    "creditworthiness, price life and health insurance, check "
                    "eligibility for public benefits, or support police, "
                    "migration and court work. AI that is a safety component of "
                    "products such as medical devices or machinery can also be "
                    "high-risk.</p><p>Providers of these systems must manage "
                    "risks, use good-quality data, keep documentation and logs, "
                    "and design the system so that people can oversee it. "
                    "Organisations that use them must assign trained staff to "
                    "oversee them and, for public bodies and some others, assess "
                    "the impact on fundamental rights first. You will also have "
                    "the right to a clear explanation of the role the AI system "
                    "played in a decision that significantly affects you.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "The timetable changed in 2026",
                    "text": (
                        "The AI Act originally set 2 August 2026 for most "
                        "high-risk rules. Amendments adopted in June 2026 moved "
                        "this to 2 December 2027 for the uses listed in the Act, "
                        "and to 2 August 2028 for AI in regulated products, so "
                        "that standards and guidance are ready first. The bans "
                        "and the rules for general-purpose AI were not postponed."
                    ),
                },
            ),
            ("heading", "Knowing when you deal with AI"),
            (
                "paragraph",
                (
                    "<p>Since 2 August 2026, you must be told when you are "
                    "talking to an AI system such as a chatbot, unless it is "
                    "obvious. Deepfakes, meaning images, audio or video made or "
                    "changed by AI so that they look real, must be disclosed. "
                    "Providers of generative AI must also mark what their "
                    "systems produce so that it can be detected as AI-generated. "
                    "Read more in our explainer on <a "
                    'href="/explainers/generative-ai-and-transparency/">'
                    "generative AI and transparency</a>.</p>"
                ),
            ),
            ("heading", "Who makes sure the rules are followed"),
            (
                "paragraph",
                (
                    "<p>Each Member State has authorities that supervise the AI "
                    "Act, called market surveillance authorities. The European "
                    "AI Office, part of the European Commission, supervises "
                    "providers of general-purpose AI models. Breaking the bans "
                    "can lead to fines of up to 35 million euros or 7% of a "
                    "company's worldwide annual turnover, whichever is "
                    "higher.</p>"
                ),
            ),
            ("development", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
            (
                "faq",
                [
                    {
                        "question": (
                            "Does the AI Act apply to companies outside the EU?"
                        ),
                        "answer": (
                            "<p>Yes. It applies to any provider that offers an "
                            "AI system in the EU or whose system's output is "
                            "used in the EU, wherever the company is based.</p>"
                        ),
                    },
                    {
                        "question": "Are chatbots banned?",
                        "answer": (
                            "<p>No. Most AI, including chatbots, is allowed. "
                            "Chatbots must tell you that you are dealing with a "
                            "machine, and the companies behind general-purpose "
                            "AI models have their own duties on transparency and "
                            "copyright.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Can the police use facial recognition in public?"
                        ),
                        "answer": (
                            "<p>Only in narrow cases, such as searching for a "
                            "missing child or preventing an imminent terrorist "
                            "threat. Each use needs prior authorisation by a "
                            "court or an independent authority, and is only "
                            "possible where national law allows it.</p>"
                        ),
                    },
                    {
                        "question": "Where can I complain?",
                        "answer": (
                            "<p>You can complain to the market surveillance "
                            "authority of your country. Your other rights still "
                            "apply: you can also turn to your national data "
                            "protection authority, and to consumer and equality "
                            "bodies.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "risk-based-regulation",
        "title": "Risk-based regulation explained",
        "intro": (
            "The AI Act does not treat all AI alike. It sets obligations in "
            "proportion to the risk a system poses to health, safety and "
            "fundamental rights. Here is how the levels work and how a system "
            "ends up in one of them."
        ),
        "topics": ["AI Act", "risk management"],
        "last_reviewed": "2026-09-30",
        "takeaways": [
            (
                "The AI Act sorts uses of AI into four levels: unacceptable, "
                "high, transparency and minimal risk."
            ),
            (
                "Most AI in use today, such as spam filters or AI in video "
                "games, is minimal risk and has no new obligations."
            ),
            (
                "A system is high-risk either because it is a safety component "
                "of a regulated product or because it is used in a sensitive "
                "area listed in the Act."
            ),
            (
                "General-purpose AI models follow their own rules, with extra "
                "duties for the most capable ones."
            ),
        ],
        "related": [
            "ai-act-for-citizens",
            "standards-and-conformity-assessment",
            "generative-ai-and-transparency",
        ],
        "body": [
            ("heading", "Why regulate by risk"),
            (
                "paragraph",
                (
                    "<p>AI is used for very different things, from filtering "
                    "spam to deciding who gets a loan. Applying the same rules "
                    "to all of them would be either too strict for harmless uses "
                    "or too weak for dangerous ones. The AI Act therefore "
                    "follows the logic of EU product safety law: the more harm a "
                    "product can do, the more checks it needs before it reaches "
                    "people.</p><p>This approach was first set out in the "
                    "Commission's 2020 White Paper on AI. It keeps most uses of "
                    "AI free of new obligations and concentrates the rules where "
                    "harm is most likely.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "risk-pyramid",
                    "caption": (
                        "The four risk levels of the AI Act, from the few banned "
                        "practices at the top to the many minimal-risk uses at "
                        "the base."
                    ),
                    "alt": (
                        "A pyramid in four layers. From top to bottom: "
                        "unacceptable risk, high risk, transparency risk, "
                        "minimal risk."
                    ),
                },
            ),
            ("heading", "The four levels"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Unacceptable risk.</strong> A short list of "
                    "practices is banned outright, such as social scoring and "
                    "untargeted scraping of facial images.</li><li><strong>High "
                    "risk.</strong> Systems that can seriously affect safety or "
                    "rights must meet strict requirements before they are sold "
                    "or used.</li><li><strong>Transparency risk.</strong> "
                    "Chatbots, deepfakes, emotion recognition and AI-generated "
                    "content carry duties to inform "
                    "people.</li><li><strong>Minimal risk.</strong> Everything "
                    "else. There are no new obligations, although providers can "
                    "sign up to voluntary codes of conduct.</li></ul><p>At every "
                    "level, the Act also promotes AI literacy: the skills people "
                    "need to use AI in an informed way.</p>"
                ),
            ),
            ("heading", "How a system becomes high-risk"),
            (
                "paragraph",
                (
                    "<p>There are two routes. The first covers AI that is a "
                    "safety component of a product already regulated by EU law, "
                    "such as a medical device, a lift or a toy, when that "
                    "product needs a check by an independent body. The second "
                    "covers AI used in eight sensitive areas listed in Annex III "
                    "of the Act: biometrics, critical infrastructure, education, "
                    "employment, access to essential public and private "
                    "services, law enforcement, migration and border control, "
                    "and the administration of justice and democratic "
                    "processes.</p><p>A system in one of these areas is not "
                    "high-risk if it does not materially influence decisions, "
                    "for example if it only performs a narrow procedural task. "
                    "This exception never applies to systems that profile "
                    "people. Providers who rely on it must document their "
                    "assessment.</p>"
                ),
            ),
            ("heading", "What high-risk means in practice"),
            (
                "paragraph",
                (
                    "<p>Providers of high-risk systems must run a risk "
                    "management system throughout the system's life, use "
                    "relevant and representative data, keep technical "
                    "documentation and logs, give clear instructions, build in "
                    "human oversight and ensure accuracy, robustness and "
                    "cybersecurity. They must pass a conformity assessment, "
                    "register most systems in an EU database and monitor them "
                    "after it is on the market. Organisations that use these "
                    "systems must follow the instructions, assign competent "
                    "staff to oversee them and inform workers before using them "
                    "at work.</p>"
                ),
            ),
            ("heading", "General-purpose AI: a separate track"),
            (
                "paragraph",
                (
                    "<p>General-purpose AI models, which can be built into many "
                    "different applications, have had their own rules since 2 "
                    "August 2025. All providers must document their models and "
                    "respect EU copyright law. Models trained with very large "
                    "amounts of computing power, above 10^25 floating-point "
                    "operations, are presumed to carry systemic risk and face "
                    "additional duties on evaluation, incident reporting and "
                    "cybersecurity.</p>"
                ),
            ),
            (
                "development",
                (
                    "https://digital-strategy.ec.europa.eu/en/library"
                    "/commission-publishes-guidelines-prohibited-artificial-int"
                    "elligence-ai-practices-defined-ai-act"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "Who decides whether a system is high-risk?",
                        "answer": (
                            "<p>The provider assesses its system against the Act "
                            "and must be able to justify its conclusion. "
                            "National authorities can check that assessment, and "
                            "the Commission publishes guidance with practical "
                            "examples.</p>"
                        ),
                    },
                    {
                        "question": "Is a chatbot high-risk?",
                        "answer": (
                            "<p>Usually not: it carries transparency duties. But "
                            "if a chatbot is used for a high-risk purpose, for "
                            "example to screen job applicants, the high-risk "
                            "rules apply to that use.</p>"
                        ),
                    },
                    {
                        "question": "Can the lists change?",
                        "answer": (
                            "<p>Yes. The Commission assesses every year whether "
                            "the lists of banned practices and high-risk uses "
                            "need to change, and it can add high-risk uses "
                            "through delegated acts.</p>"
                        ),
                    },
                    {
                        "question": "Do partner countries use the same approach?",
                        "answer": (
                            "<p>Many use the idea of risk, in different ways. "
                            "Korea's AI Basic Act sets duties for "
                            '"high-impact" AI, while Japan\'s guidelines ask '
                            "companies to manage risks voluntarily. Our <a "
                            'href="/alignment/">alignment matrix</a> compares '
                            "them.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "human-centric-ai",
        "title": "What human-centric AI means",
        "intro": (
            "Human-centric AI is the idea that AI should serve people, not the "
            "other way round. This explainer shows where the idea comes from and "
            "how EU law and international principles turn it into concrete "
            "requirements."
        ),
        "topics": ["human-centric AI", "ethics", "fundamental rights"],
        "last_reviewed": "2026-07-20",
        "takeaways": [
            (
                "Human-centric AI means AI that serves people, respects their "
                "rights and stays under meaningful human control."
            ),
            (
                "The idea comes from the EU's 2019 Ethics Guidelines for "
                "Trustworthy AI and the OECD AI Principles of the same year."
            ),
            (
                "The AI Act turns it into law, for example through human "
                "oversight of high-risk systems and duties to inform people."
            ),
            (
                "Partners such as Japan and Australia put human-centred values "
                "first in their own AI principles."
            ),
        ],
        "related": [
            "ai-and-fundamental-rights",
            "working-with-partners-on-ai",
            "ai-act-for-citizens",
        ],
        "body": [
            ("heading", "An idea with a history"),
            (
                "paragraph",
                (
                    "<p>The EU set out its approach to AI in a 2018 strategy, "
                    "<em>Artificial Intelligence for Europe</em>. It asked an "
                    "independent High-Level Expert Group on AI to advise on "
                    "ethics. In April 2019 the group published its Ethics "
                    "Guidelines for Trustworthy AI, and the Commission adopted a "
                    "communication on building trust in human-centric "
                    "AI.</p><p>The guidelines say trustworthy AI should be "
                    "lawful, ethical and robust. A month later, the OECD AI "
                    "Principles made human-centred values one of five principles "
                    "for AI, and the G20 drew on them in June 2019. The EU, "
                    "Japan, Canada, Australia and the Republic of Korea all "
                    "support these principles.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "As a prerequisite, AI should be a human-centric "
                        "technology. It should serve as a tool for people, with "
                        "the ultimate aim of increasing human well-being."
                    ),
                    "attribution": "AI Act, recital 6",
                },
            ),
            ("heading", "Seven requirements in plain words"),
            (
                "paragraph",
                (
                    "<p>The Ethics Guidelines list seven requirements. In "
                    "everyday language they mean:</p><ol><li><strong>Human "
                    "agency and oversight:</strong> people stay in charge and "
                    "can step in.</li><li><strong>Technical robustness and "
                    "safety:</strong> the system works reliably and fails "
                    "safely.</li><li><strong>Privacy and data "
                    "governance:</strong> personal data is protected and well "
                    "managed.</li><li><strong>Transparency:</strong> people know "
                    "they are dealing with AI and can understand its "
                    "role.</li><li><strong>Diversity, non-discrimination and "
                    "fairness:</strong> the system does not treat groups of "
                    "people unfairly.</li><li><strong>Societal and environmental "
                    "well-being:</strong> effects on society and the planet are "
                    "considered.</li><li><strong>Accountability:</strong> "
                    "someone is responsible, and there are ways to seek "
                    "redress.</li></ol>"
                ),
            ),
            (
                "image",
                {
                    "key": "human-centric",
                    "caption": (
                        "Human-centric AI puts people, and their rights, at the "
                        "centre of how AI is designed and used."
                    ),
                    "alt": (
                        "A simple figure of a person in a circle, surrounded by "
                        "smaller shapes that stand for AI tools."
                    ),
                },
            ),
            ("heading", "From principles to law"),
            (
                "paragraph",
                (
                    "<p>The AI Act names the uptake of human-centric and "
                    "trustworthy AI as its purpose. Several of its rules put the "
                    "idea into practice. High-risk systems must be designed so "
                    "that the people overseeing them can understand what the "
                    "system can and cannot do, stay aware of the risk of relying "
                    "on it too much, interpret its output, decide not to use it, "
                    "override it and stop it. People must be told when they "
                    "interact with a chatbot. And the Act promotes AI literacy, "
                    "so that people who work with AI understand its "
                    "possibilities and limits.</p>"
                ),
            ),
            ("heading", "What it looks like in everyday life"),
            (
                "paragraph",
                (
                    "<p>Take three examples. When a company uses AI to sort job "
                    "applications, a recruiter should check the shortlist, "
                    "understand why candidates were ranked as they were and be "
                    "able to overrule the system. When a doctor uses AI to read "
                    "medical scans, the doctor remains responsible for the "
                    "diagnosis and knows how reliable the tool is. When a public "
                    "authority uses AI to help decide on a benefit, the "
                    "applicant should be told, be able to get an explanation and "
                    "have the decision reviewed by a person.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Three questions to ask of any AI system",
                    "text": (
                        "Who is responsible for it? Can a person check its "
                        "output and overrule it? Can I find out how it affected "
                        "me, and challenge the result?"
                    ),
                },
            ),
            ("heading", "Human-centric does not mean anti-innovation"),
            (
                "paragraph",
                (
                    "<p>Trust is a condition for using AI widely. People and "
                    "businesses adopt AI more readily when they know it is safe "
                    "and fair. That is why the EU combines its rules with "
                    "investment, such as the AI Continent Action Plan of April "
                    "2025, and with regulatory sandboxes where companies can "
                    "test new systems under supervision.</p>"
                ),
            ),
            ("heading", "A shared language with partners"),
            (
                "paragraph",
                (
                    "<p>Human-centricity is the first of the common principles "
                    "in Japan's AI Guidelines for Business, and human-centred "
                    "values are among Australia's eight AI Ethics Principles. "
                    "The 2024 update of the OECD AI Principles added safeguards "
                    "that let humans override or safely shut down systems that "
                    "behave in unintended ways. Read more in <a "
                    'href="/explainers/working-with-partners-on-ai/">how the '
                    "EU works with its partners on AI</a>.</p>"
                ),
            ),
            ("development", "https://oecd.ai/en/ai-principles"),
            (
                "development",
                (
                    "https://digital-strategy.ec.europa.eu/en/library"
                    "/ethics-guidelines-trustworthy-ai"
                ),
            ),
        ],
    },
    {
        "slug": "working-with-partners-on-ai",
        "title": (
            "How the EU works with Japan, Canada, Australia and the Republic of "
            "Korea on AI"
        ),
        "intro": (
            "AI crosses borders, and so do its risks. The EU works with "
            "like-minded partners to keep different rules compatible and to "
            "promote trustworthy AI worldwide. Here is what that cooperation "
            "looks like with four of them."
        ),
        "topics": ["international cooperation", "governance", "AI Act"],
        "last_reviewed": "2026-11-12",
        "takeaways": [
            (
                "The EU has Digital Partnerships with Japan (2022), the Republic "
                "of Korea (2022) and Canada (2023), and a Digital Dialogue with "
                "Australia."
            ),
            (
                "Each partner regulates AI differently: Korea with a framework "
                "law in force since January 2026, Japan with a promotion law and "
                "guidelines, Canada and Australia mainly through existing laws."
            ),
            (
                "Cooperation aims at compatible rules, so that one set of tests "
                "and documents can serve several markets."
            ),
            (
                "The partners also work together in the G7 Hiroshima AI Process, "
                "the OECD and the Global Partnership on AI."
            ),
        ],
        "related": [
            "human-centric-ai",
            "risk-based-regulation",
            "standards-and-conformity-assessment",
        ],
        "body": [
            ("heading", "Why cooperate"),
            (
                "paragraph",
                (
                    "<p>AI systems are developed in one country, trained on data "
                    "from many and used everywhere. If each country sets "
                    "incompatible rules, companies face duplicate costs and "
                    "people get uneven protection. The EU therefore works with "
                    "partners who share its values to compare approaches, "
                    "exchange experience of putting rules into practice and "
                    "agree on common principles and standards.</p><p>Cooperation "
                    "does not mean copying each other's laws. Each partner "
                    "decides its own rules through its own democratic process. "
                    "The aim is that different rules work together: that they "
                    "use compatible definitions, accept the same tests where "
                    "possible, and let authorities learn from each other's "
                    "experience.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "partners-map",
                    "caption": (
                        "The EU and its four partners in this programme: Japan, "
                        "the Republic of Korea, Canada and Australia."
                    ),
                    "alt": (
                        "A simplified world map with the EU, Japan, the Republic "
                        "of Korea, Canada and Australia highlighted and linked "
                        "by lines."
                    ),
                },
            ),
            ("heading", "Japan"),
            (
                "paragraph",
                (
                    "<p>Japan was the first country to conclude a Digital "
                    "Partnership with the EU, in May 2022. Japan led the G7 "
                    "Hiroshima AI Process in 2023. In May 2025 it adopted the AI "
                    "Promotion Act, a framework law that sets basic principles, "
                    "creates an AI Strategy Headquarters led by the Prime "
                    "Minister and relies on guidance rather than bans or fines. "
                    "Companies follow the voluntary AI Guidelines for Business. "
                    'See our <a href="/partners/japan/">Japan page</a>.</p>'
                ),
            ),
            ("development", "https://www8.cao.go.jp/cstp/ai/ai_act/ai_act.html"),
            ("heading", "Republic of Korea"),
            (
                "paragraph",
                (
                    "<p>The EU and Korea signed their Digital Partnership in "
                    "November 2022. Korea's AI Basic Act, passed in December "
                    "2024 and in force since 22 January 2026, is the closest to "
                    "the AI Act among the four partners. It sets duties for "
                    '"high-impact" AI, requires generative AI services to '
                    "inform users and label their output, and asks large foreign "
                    "providers to appoint a local representative. See our <a "
                    'href="/partners/south-korea/">Korea page</a>.</p>'
                ),
            ),
            (
                "development",
                "https://www.law.go.kr/법령/인공지능발전과신뢰기반조성등에관한기본법",
            ),
            ("heading", "Canada"),
            (
                "paragraph",
                (
                    "<p>The EU and Canada launched their Digital Partnership in "
                    "November 2023, with AI as one of its strands. Canada's "
                    "proposed Artificial Intelligence and Data Act died on the "
                    "order paper when Parliament was prorogued in January 2025. "
                    "At our last review no new federal AI law had been adopted. "
                    "Canada relies on existing laws, a voluntary code of conduct "
                    "for generative AI, and a binding directive on automated "
                    "decision-making in the federal government. Its AI Safety "
                    "Institute opened in November 2024. See our <a "
                    'href="/partners/canada/">Canada page</a>.</p>'
                ),
            ),
            ("heading", "Australia"),
            (
                "paragraph",
                (
                    "<p>The EU and Australia discuss AI in their Digital "
                    "Dialogue. Australia published a Voluntary AI Safety "
                    "Standard with ten guardrails in 2024. Its National AI Plan "
                    "of December 2025 chose to rely on existing, "
                    "technology-neutral laws rather than a dedicated AI act, and "
                    "includes an AI Safety Institute to monitor emerging risks. "
                    'See our <a href="/partners/australia/">Australia '
                    "page</a>.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Different laws, shared goals",
                    "text": (
                        "The four partners regulate AI in different ways, but "
                        "all of them support the OECD AI Principles and want AI "
                        "that is safe, transparent and respects people's rights. "
                        "Cooperation builds on that common ground."
                    ),
                },
            ),
            ("heading", "Working together in international forums"),
            (
                "paragraph",
                (
                    "<p>The EU and its partners meet in the G7, whose Hiroshima "
                    "AI Process produced guiding principles and a code of "
                    "conduct for developers of advanced AI. They all adhere to "
                    "the OECD AI Principles and take part in the Global "
                    "Partnership on AI, now part of the OECD's work. The EU "
                    "signed the Council of Europe Framework Convention on AI on "
                    "5 September 2024, the day it opened for signature. The EU's "
                    "AI Office also works with the AI safety institutes of "
                    "Japan, Korea, Canada and other countries on ways to test "
                    "advanced AI models.</p>"
                ),
            ),
            ("heading", "What this programme does"),
            (
                "paragraph",
                (
                    "<p>The International Outreach for Human-Centric AI "
                    "programme supports the EU's dialogues with these partners, "
                    "follows AI policy worldwide in our <a "
                    'href="/tracker/">policy tracker</a>, compares rules in '
                    'the <a href="/alignment/">alignment matrix</a> and '
                    "explains the EU's approach to the public through this "
                    "website.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "generative-ai-and-transparency",
        "title": "Generative AI and transparency",
        "intro": (
            "Tools that create text, images, audio and video are now part of "
            "daily life. EU rules aim to make sure you know when you are dealing "
            "with AI, and that the companies behind the largest models are open "
            "about how they are built."
        ),
        "topics": ["generative AI", "transparency", "AI Act"],
        "last_reviewed": "2026-11-03",
        "takeaways": [
            (
                "Since 2 August 2025, providers of general-purpose AI models "
                "must document their models, publish a summary of their training "
                "content and have a copyright policy."
            ),
            (
                "Since 2 August 2026, chatbots must say they are AI and "
                "deepfakes must be disclosed."
            ),
            (
                "Providers of generative AI must mark its output in a "
                "machine-readable way; systems already on the market have until "
                "2 December 2026 to do so."
            ),
            (
                "Labels help, but they are not foolproof: checking the source is "
                "still the best protection."
            ),
        ],
        "related": ["risk-based-regulation", "ai-act-for-citizens", "ai-glossary"],
        "body": [
            ("heading", "What generative AI is"),
            (
                "paragraph",
                (
                    "<p>Generative AI produces new content, such as text, "
                    "images, sound, video or computer code, in response to a "
                    "request. Most of these tools are built on general-purpose "
                    "AI models: large models trained on vast amounts of data "
                    "that can be adapted to many tasks. The same model may power "
                    "a chatbot, a translation service and an image editor.</p>"
                ),
            ),
            ("heading", "Rules for the companies that build the models"),
            (
                "paragraph",
                (
                    "<p>Since 2 August 2025, providers of general-purpose AI "
                    "models placed on the EU market must:</p><ul><li>keep "
                    "technical documentation and share information with "
                    "companies that build products on their models;</li><li>have "
                    "a policy to respect EU copyright law, including rights "
                    "holders' choice to opt out of text and data "
                    "mining;</li><li>publish a summary of the content used to "
                    "train the model, following a template from the "
                    "Commission.</li></ul><p>The most capable models, those "
                    "presumed to carry systemic risk, must also be evaluated and "
                    "tested against attacks, their risks assessed and reduced, "
                    "serious incidents reported and their cybersecurity "
                    "protected. The AI Office supervises these duties, and its "
                    "enforcement powers apply from 2 August 2026. A voluntary "
                    "General-Purpose AI Code of Practice, published in July "
                    "2025, shows providers one way to comply.</p>"
                ),
            ),
            (
                "development",
                (
                    "https://digital-strategy.ec.europa.eu/en/policies"
                    "/contents-code-gpai"
                ),
            ),
            ("heading", "What you will be told"),
            (
                "paragraph",
                (
                    "<p>Since 2 August 2026, the AI Act's transparency rules "
                    "apply to everyone who provides or uses certain AI "
                    "systems:</p><ul><li>chatbots and other systems that talk to "
                    "people must make clear that they are AI, unless it is "
                    "obvious;</li><li>providers of generative AI must mark its "
                    "output in a machine-readable format, such as a watermark or "
                    "metadata, so that it can be detected as "
                    "AI-generated;</li><li>anyone who publishes a deepfake must "
                    "disclose that it was generated or manipulated by AI, with "
                    "lighter duties for obviously artistic, satirical or "
                    "fictional work;</li><li>AI-generated text published to "
                    "inform the public on matters of public interest must be "
                    "disclosed, unless a person has reviewed it and a publisher "
                    "takes editorial responsibility.</li></ul><p>Generative AI "
                    "systems already on the market before August 2026 have until "
                    "2 December 2026 to add machine-readable marking. The "
                    "Commission has also worked with experts and industry on a "
                    "code of practice on marking and labelling AI-generated "
                    "content.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Providers shall ensure that AI systems intended to "
                        "interact directly with natural persons are designed and "
                        "developed in such a way that the natural persons "
                        "concerned are informed that they are interacting with "
                        "an AI system"
                    ),
                    "attribution": "AI Act, Article 50(1)",
                },
            ),
            (
                "image",
                {
                    "key": "content-label",
                    "caption": (
                        "Marking and labelling help people recognise content "
                        "made by AI."
                    ),
                    "alt": (
                        "A picture frame with a small tag reading AI-generated "
                        "attached to its corner."
                    ),
                },
            ),
            ("heading", "Labels help, but are not foolproof"),
            (
                "paragraph",
                (
                    "<p>Watermarks can be removed and metadata can be stripped "
                    "when content is copied. Labels tell you that something was "
                    "made with AI; their absence does not prove that something "
                    "is real. When an image, recording or article seems "
                    "surprising, check who published it and whether trusted "
                    "sources report the same thing.</p>"
                ),
            ),
            ("heading", "How partners approach it"),
            (
                "paragraph",
                (
                    "<p>Transparency is one of the areas where partners' "
                    "approaches are closest. Korea's AI Basic Act requires "
                    "generative AI services to inform users in advance and label "
                    "their output. Canada's voluntary code for generative AI and "
                    "the G7 Hiroshima Code of Conduct both call for ways to "
                    "identify AI-generated content.</p>"
                ),
            ),
            (
                "development",
                (
                    "https://digital-strategy.ec.europa.eu/en/library"
                    "/hiroshima-process-international-code-conduct-advanced-ai-"
                    "systems"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": (
                            "Will every AI-generated image carry a visible label?"
                        ),
                        "answer": (
                            "<p>Not always. Providers must mark output in a "
                            "machine-readable way, which may be invisible. A "
                            "visible disclosure is required for deepfakes and "
                            "for AI-generated text on matters of public "
                            "interest.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Do these rules apply to AI companies outside the EU?"
                        ),
                        "answer": (
                            "<p>Yes. They apply to any provider whose model or "
                            "system is offered in the EU, wherever it is "
                            "based.</p>"
                        ),
                    },
                    {
                        "question": "Does the AI Act deal with copyright?",
                        "answer": (
                            "<p>Partly. Providers of general-purpose models must "
                            "respect EU copyright law and publish a summary of "
                            "their training content. Copyright itself remains "
                            "governed by EU copyright law.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "ai-and-fundamental-rights",
        "title": "AI and fundamental rights",
        "intro": (
            "AI can make services faster and fairer, but it can also "
            "discriminate, intrude on privacy or produce decisions that are hard "
            "to challenge. This explainer sets out which rights are at stake and "
            "how EU law protects them."
        ),
        "topics": ["fundamental rights", "AI Act", "citizens"],
        "last_reviewed": "2026-08-25",
        "takeaways": [
            (
                "AI can affect many rights protected by the EU Charter of "
                "Fundamental Rights, from privacy to non-discrimination and the "
                "right to an effective remedy."
            ),
            (
                "The AI Act bans the most harmful practices and requires public "
                "bodies and some other organisations to assess the impact of "
                "high-risk AI on fundamental rights."
            ),
            "Data protection, equality and consumer law continue to apply to AI.",
            (
                "The Council of Europe Framework Convention, signed by the EU in "
                "2024, is the first binding international treaty on AI and human "
                "rights."
            ),
        ],
        "related": [
            "human-centric-ai",
            "ai-act-for-citizens",
            "risk-based-regulation",
        ],
        "body": [
            ("heading", "Which rights are at stake"),
            (
                "paragraph",
                (
                    "<p>The Charter of Fundamental Rights of the European Union "
                    "protects rights that AI can touch in everyday life. They "
                    "include human dignity, respect for private life and the "
                    "protection of personal data, non-discrimination and "
                    "equality between women and men, the rights of the child, "
                    "freedom of expression, good administration, fair working "
                    "conditions, and the right to an effective remedy and to a "
                    "fair trial.</p>"
                ),
            ),
            ("heading", "How AI can harm rights"),
            (
                "paragraph",
                (
                    "<p>An AI system learns from data, and data reflects the "
                    "past. A recruitment tool trained on past hiring decisions "
                    "can repeat past discrimination. Facial recognition can be "
                    "less accurate for some groups of people than for others. "
                    "Systems that are hard to understand make it difficult to "
                    "find out why a decision was taken, and so to challenge it. "
                    "Used at scale, a single error can affect thousands of "
                    "people at once.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "rights-scales",
                    "caption": (
                        "The AI Act aims to balance innovation with a high level "
                        "of protection of fundamental rights."
                    ),
                    "alt": (
                        "A pair of balance scales with a circuit pattern on one "
                        "side and a person on the other, held level."
                    ),
                },
            ),
            ("heading", "What the AI Act does"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Bans</strong> practices that are "
                    "incompatible with fundamental rights, such as social "
                    "scoring and emotion recognition at "
                    "work.</li><li><strong>Requires</strong> providers of "
                    "high-risk systems to examine their data for possible biases "
                    "and to build in human "
                    "oversight.</li><li><strong>Requires</strong> public bodies, "
                    "private companies providing public services, and "
                    "organisations using AI to assess creditworthiness or price "
                    "life and health insurance, to carry out a fundamental "
                    "rights impact assessment before using a high-risk "
                    "system.</li><li><strong>Gives</strong> people affected by a "
                    "decision based on a high-risk system the right to a clear "
                    "explanation, and everyone the right to complain to a market "
                    "surveillance authority.</li><li><strong>Empowers</strong> "
                    "national bodies that protect fundamental rights, such as "
                    "equality bodies, to request the documentation of high-risk "
                    "systems.</li></ul><p>Amendments adopted in 2026 clarify "
                    "when sensitive personal data may be processed to detect and "
                    "correct bias: only where strictly necessary, and with "
                    "safeguards.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The purpose of this Regulation is to improve the "
                        "functioning of the internal market and promote the "
                        "uptake of human-centric and trustworthy artificial "
                        "intelligence (AI), while ensuring a high level of "
                        "protection of health, safety, fundamental rights "
                        "enshrined in the Charter, including democracy, the rule "
                        "of law and environmental protection"
                    ),
                    "attribution": "AI Act, Article 1(1)",
                },
            ),
            ("heading", "The AI Act is not the only protection"),
            (
                "paragraph",
                (
                    "<p>The General Data Protection Regulation still applies "
                    "whenever AI processes personal data. It gives you the right "
                    "to access your data and, in many cases, not to be subject "
                    "to a decision based solely on automated processing that "
                    "significantly affects you. EU equality law forbids "
                    "discrimination whether or not AI is involved. The Digital "
                    "Services Act sets rules for online platforms' recommender "
                    "systems, and the Platform Work Directive gives people "
                    "working through digital platforms rights on algorithmic "
                    "management.</p>"
                ),
            ),
            ("heading", "Beyond the EU: a binding treaty"),
            (
                "paragraph",
                (
                    "<p>The Council of Europe's Framework Convention on "
                    "Artificial Intelligence and Human Rights, Democracy and the "
                    "Rule of Law is the first legally binding international "
                    "treaty on AI. It opened for signature on 5 September 2024 "
                    "and the EU signed it that day. Countries outside Europe can "
                    "join it too.</p>"
                ),
            ),
            (
                "development",
                (
                    "https://www.coe.int/en/web/artificial-intelligence"
                    "/the-framework-convention-on-artificial-intelligence"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": ("What is a fundamental rights impact assessment?"),
                        "answer": (
                            "<p>A check, made before a high-risk AI system is "
                            "used, of who could be affected, which risks of harm "
                            "exist, how human oversight works and what happens "
                            "if risks materialise. The organisation must notify "
                            "the result to the market surveillance authority.</p>"
                        ),
                    },
                    {
                        "question": "Does the AI Act give me new rights?",
                        "answer": (
                            "<p>Yes: the right to complain to a market "
                            "surveillance authority, and the right to an "
                            "explanation of decisions based on high-risk AI that "
                            "significantly affect you. Your existing rights "
                            "under data protection and equality law remain.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Who checks that public authorities use AI fairly?"
                        ),
                        "answer": (
                            "<p>Market surveillance authorities enforce the AI "
                            "Act, data protection authorities enforce data "
                            "protection law, and courts and ombudsmen handle "
                            "complaints about public administration.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "standards-and-conformity-assessment",
        "title": "Standards and conformity assessment",
        "intro": (
            "How can anyone know that a high-risk AI system meets the AI Act's "
            "requirements? Through technical standards and conformity "
            "assessment, the same tools the EU uses for the safety of products "
            "from toys to medical devices."
        ),
        "topics": ["standards", "AI Act", "risk management"],
        "last_reviewed": "2026-10-01",
        "takeaways": [
            (
                "The AI Act sets what high-risk AI must achieve; harmonised "
                "standards describe how to achieve it."
            ),
            (
                "A system that follows harmonised standards is presumed to meet "
                "the requirements they cover."
            ),
            (
                "Before a high-risk system is sold, its provider must pass a "
                "conformity assessment, sign a declaration of conformity and "
                "affix the CE marking."
            ),
            (
                "The EU works with partners on international AI standards so "
                "that the same tests can serve several markets."
            ),
        ],
        "related": [
            "risk-based-regulation",
            "working-with-partners-on-ai",
            "ai-glossary",
        ],
        "body": [
            ("heading", "Why standards matter"),
            (
                "paragraph",
                (
                    "<p>The AI Act sets requirements in general terms: a "
                    "high-risk system must be accurate, robust, transparent and "
                    "subject to human oversight. Standards turn these goals into "
                    "concrete, testable practices, for example how to measure "
                    "accuracy or what a risk management process should "
                    "include.</p><p>Standards are voluntary. But when the "
                    "Commission publishes a reference to a harmonised standard "
                    "in the Official Journal, a system that follows it is "
                    "presumed to meet the requirements that standard covers. "
                    "Where standards are missing, the Commission can adopt "
                    "common specifications instead.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Standards are voluntary, the requirements are not",
                    "text": (
                        "A provider may choose another way to meet the AI Act's "
                        "requirements, but must then show in its documentation "
                        "that the solution is at least as good."
                    ),
                },
            ),
            ("heading", "Who writes them"),
            (
                "paragraph",
                (
                    "<p>In 2023 the Commission asked the European "
                    "standardisation organisations CEN and CENELEC to develop "
                    "standards for the AI Act. Their joint technical committee "
                    "on AI, in which industry, researchers and civil society "
                    "take part, is drafting standards on risk management, data "
                    "quality, logging, transparency, human oversight, accuracy, "
                    "robustness, cybersecurity, quality management and "
                    "conformity assessment.</p><p>The work has taken longer than "
                    "planned. This is one reason why amendments adopted in 2026 "
                    "moved the start of the high-risk rules to December 2027 and "
                    "August 2028, so that standards and guidance are available "
                    "first.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "standards-blocks",
                    "caption": (
                        "Standards build on one another: international "
                        "standards, European harmonised standards and the AI "
                        "Act's requirements."
                    ),
                    "alt": (
                        "Three stacked blocks labelled international standards, "
                        "European standards and AI Act requirements."
                    ),
                },
            ),
            ("heading", "Conformity assessment step by step"),
            (
                "paragraph",
                (
                    "<ol><li>The provider checks whether the system is "
                    "high-risk.</li><li>It builds the system to meet the "
                    "requirements, often by following harmonised standards, and "
                    "sets up a quality management system.</li><li>It assesses "
                    "conformity. For most high-risk uses listed in the Act, the "
                    "provider does this itself under internal control. For "
                    "biometric systems, an independent notified body may have to "
                    "be involved. AI in products such as medical devices follows "
                    "the product's existing procedure, with the notified body "
                    "also checking the AI requirements.</li><li>It draws up an "
                    "EU declaration of conformity, affixes the CE marking and, "
                    "for the uses listed in the Act, registers the system in the "
                    "EU database.</li><li>It monitors the system once in use, "
                    "reports serious incidents and repeats the assessment after "
                    "substantial changes.</li></ol>"
                ),
            ),
            ("heading", "International standards and partners"),
            (
                "paragraph",
                (
                    "<p>Much of the groundwork is international. ISO and IEC "
                    "have published standards such as ISO/IEC 42001 on AI "
                    "management systems and ISO/IEC 23894 on AI risk management. "
                    "European standards can build on them where they fit the "
                    "Act's focus on health, safety and fundamental "
                    "rights.</p><p>Japan, Korea and the EU compare how "
                    "international and European AI standards fit together, and "
                    "are working on a common glossary. Australia's Voluntary AI "
                    "Safety Standard was written to align with ISO/IEC 42001. "
                    "Shared standards mean that a company could use one set of "
                    "tests and documents in several markets. Follow new "
                    'standards in our <a href="/tracker/">policy '
                    "tracker</a>.</p>"
                ),
            ),
            ("development", "https://www.iso.org/standard/81230.html"),
            (
                "faq",
                [
                    {
                        "question": (
                            "Can I check whether a high-risk AI system has been "
                            "registered?"
                        ),
                        "answer": (
                            "<p>For most uses listed in the Act, yes: the EU "
                            "database of high-risk AI systems will be publicly "
                            "accessible. Systems used for law enforcement and "
                            "migration are registered in a secure part of the "
                            "database that is not public.</p>"
                        ),
                    },
                    {
                        "question": "Who are notified bodies?",
                        "answer": (
                            "<p>Independent testing and certification "
                            "organisations that a Member State has checked and "
                            "designated. The Commission lists them in its public "
                            "NANDO database of notified bodies.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Do providers from outside the EU follow the same "
                            "procedure?"
                        ),
                        "answer": (
                            "<p>Yes. Any provider placing a high-risk AI system "
                            "on the EU market must follow the same procedure, "
                            "wherever it is based. Shared international "
                            "standards make it easier to reuse tests carried out "
                            "elsewhere.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    {
        "slug": "ai-glossary",
        "title": "Glossary: the words of AI policy",
        "intro": (
            "Plain-language definitions of the terms used on this site and in AI "
            "policy, from AI system to watermarking. Where the AI Act defines a "
            "term, we summarise its legal meaning."
        ),
        "topics": ["AI Act", "citizens", "governance"],
        "last_reviewed": "2026-11-18",
        "takeaways": [
            (
                "An AI system, in the AI Act's sense, is a machine-based system "
                "that infers from its input how to generate outputs such as "
                "predictions, content, recommendations or decisions."
            ),
            (
                "Providers develop AI systems or place them on the market; "
                "deployers use them in their professional activities."
            ),
            (
                "Some words have a precise legal meaning in the AI Act that can "
                "differ from everyday use."
            ),
        ],
        "related": [
            "ai-act-for-citizens",
            "risk-based-regulation",
            "generative-ai-and-transparency",
        ],
        "body": [
            ("heading", "A to C"),
            (
                "paragraph",
                (
                    "<p><strong>AI Act:</strong> Regulation (EU) 2024/1689, the "
                    "EU law laying down harmonised rules on artificial "
                    "intelligence.</p><p><strong>AI literacy:</strong> the "
                    "skills and understanding needed to use AI in an informed "
                    "way and to be aware of its opportunities, risks and "
                    "possible harm.</p><p><strong>AI Office:</strong> the "
                    "European Commission's centre of AI expertise. It supervises "
                    "general-purpose AI models and supports the application of "
                    "the AI Act.</p><p><strong>AI system:</strong> a "
                    "machine-based system that operates with some autonomy and "
                    "infers from the input it receives how to generate outputs, "
                    "such as predictions, content, recommendations or decisions, "
                    "that can influence physical or virtual "
                    "environments.</p><p><strong>Automation bias:</strong> the "
                    "tendency to rely too much on the output of an automated "
                    "system, even when it is wrong.</p><p><strong>CE "
                    "marking:</strong> the mark showing that a product, "
                    "including a high-risk AI system, meets EU "
                    "requirements.</p><p><strong>Code of practice:</strong> a "
                    "voluntary document, prepared with the AI Office, that helps "
                    "providers show how they comply with the AI "
                    "Act.</p><p><strong>Conformity assessment:</strong> the "
                    "process of checking that a high-risk AI system meets the AI "
                    "Act's requirements before it is sold or used.</p>"
                ),
            ),
            ("heading", "D to G"),
            (
                "paragraph",
                (
                    "<p><strong>Deepfake:</strong> AI-generated or manipulated "
                    "image, audio or video that resembles real people, objects, "
                    "places or events and would falsely appear to be "
                    "authentic.</p><p><strong>Deployer:</strong> an organisation "
                    "or person using an AI system in a professional capacity, "
                    "for example a bank using a credit-scoring "
                    "system.</p><p><strong>Fundamental rights impact "
                    "assessment:</strong> a check that public bodies and some "
                    "other deployers must carry out before using a high-risk AI "
                    "system.</p><p><strong>General-purpose AI model:</strong> an "
                    "AI model, often trained on large amounts of data, that can "
                    "perform a wide range of tasks and be built into many "
                    "different systems.</p><p><strong>Generative AI:</strong> AI "
                    "that produces new text, images, audio, video or code.</p>"
                ),
            ),
            ("heading", "H to N"),
            (
                "paragraph",
                (
                    "<p><strong>Harmonised standard:</strong> a European "
                    "standard developed at the Commission's request. Following "
                    "it gives a presumption that the requirements it covers are "
                    "met.</p><p><strong>High-risk AI system:</strong> an AI "
                    "system that can seriously affect health, safety or "
                    "fundamental rights, and must therefore meet strict "
                    "requirements.</p><p><strong>Hiroshima AI Process:</strong> "
                    "the G7 initiative launched in 2023 that produced guiding "
                    "principles and a code of conduct for organisations "
                    "developing advanced AI.</p><p><strong>Human "
                    "oversight:</strong> measures that allow people to "
                    "understand, monitor, correct and, if needed, stop an AI "
                    "system.</p><p><strong>Market surveillance "
                    "authority:</strong> a national authority that checks that "
                    "products, including AI systems, on the market comply with "
                    "EU law.</p><p><strong>Notified body:</strong> an "
                    "independent organisation designated by a Member State to "
                    "carry out conformity assessments.</p>"
                ),
            ),
            ("heading", "P to S"),
            (
                "paragraph",
                (
                    "<p><strong>Prohibited practices:</strong> uses of AI banned "
                    "by the AI Act because they pose an unacceptable risk, such "
                    "as social scoring.</p><p><strong>Provider:</strong> a "
                    "company, public body or person that develops an AI system "
                    "or model, or has it developed, and places it on the market "
                    "under its own name.</p><p><strong>Red teaming:</strong> "
                    "testing an AI system by deliberately trying to make it fail "
                    "or misbehave, in order to find "
                    "weaknesses.</p><p><strong>Regulatory sandbox:</strong> a "
                    "controlled setting, run by an authority, where companies "
                    "can develop and test AI under "
                    "supervision.</p><p><strong>Serious incident:</strong> an "
                    "incident or malfunction of an AI system that leads to death "
                    "or serious harm to health, serious disruption of critical "
                    "infrastructure, a breach of fundamental rights obligations, "
                    "or serious harm to property or the "
                    "environment.</p><p><strong>Systemic risk:</strong> a risk "
                    "specific to the most capable general-purpose AI models, "
                    "with significant effects on the EU market, public health, "
                    "safety, fundamental rights or society as a whole.</p>"
                ),
            ),
            ("heading", "T to Z"),
            (
                "paragraph",
                (
                    "<p><strong>Training data:</strong> the data used to teach "
                    "an AI system or model to perform its "
                    "task.</p><p><strong>Transparency obligations:</strong> "
                    "duties to inform people that they are interacting with AI "
                    "or that content was generated or manipulated by "
                    "AI.</p><p><strong>Trustworthy AI:</strong> AI that is "
                    "lawful, ethical and robust, in the words of the EU's 2019 "
                    "Ethics Guidelines.</p><p><strong>Watermarking:</strong> "
                    "embedding a signal in AI-generated content, often invisible "
                    "to people, so that software can detect its origin.</p>"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "Is every piece of software an AI system?",
                        "answer": (
                            "<p>No. The AI Act's definition excludes simple "
                            "software that follows rules defined only by people. "
                            "What matters is that the system infers how to "
                            "produce its output.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Can the same organisation be both provider and deployer?"
                        ),
                        "answer": (
                            "<p>Yes. A company that develops an AI system and "
                            "uses it for its own business is both, and must meet "
                            "the duties of each role.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Is a general-purpose AI model the same as a chatbot?"
                        ),
                        "answer": (
                            "<p>No. The model is the underlying engine; the "
                            "chatbot is an AI system built on it. The AI Act "
                            "sets separate rules for each.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
]

NEWS = [
    {
        "slug": "public-site-launched",
        "title": "A new public website on human-centric AI",
        "date": "2026-05-06",
        "intro": (
            "The programme has opened its public website, with explainers on the "
            "EU's approach to AI, a tracker of AI policy worldwide and news of "
            "our work with partners."
        ),
        "topics": ["human-centric AI", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The International Outreach for Human-Centric AI "
                    "programme has opened its public website. It is written for "
                    "anyone who wants to understand how the EU approaches "
                    "artificial intelligence and how it works with partners "
                    "around the world: citizens, journalists, researchers and "
                    "officials in partner countries.</p>"
                ),
            ),
            ("heading", "What you will find"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Explainers</strong> in plain language on "
                    "the AI Act, risk-based regulation, generative AI, "
                    "fundamental rights, standards and more.</li><li>A "
                    "<strong>policy tracker</strong> that follows laws, "
                    "strategies, guidelines and standards on AI in the EU, its "
                    "partners and international organisations, with links to the "
                    "official sources.</li><li>An <strong>alignment "
                    "matrix</strong> that compares how partners' rules relate to "
                    "the main elements of the AI Act.</li><li><strong>Partner "
                    "pages</strong> for Japan, Canada, Australia and the "
                    "Republic of Korea, and a calendar of <a "
                    'href="/events/">public events</a>.</li></ul>'
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The site's menus and forms are available in English, "
                    "French, Japanese and Korean, and we are translating the "
                    "main explainers. You can <a "
                    'href="/newsletter/subscribe/">subscribe to our '
                    "newsletter</a> and choose the topics, partners and language "
                    "you are interested in. The data behind the tracker is open "
                    "and can be reused through our API.</p><p>We welcome "
                    "comments on the site at contact@outreach-ai.example.eu.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "registration-open-standards-workshop-brussels",
        "title": (
            "Registration open: workshop on European standards for trustworthy AI"
        ),
        "date": "2026-05-20",
        "intro": (
            "A one-day workshop in Brussels on 17 June 2026 will explain how "
            "European standards for the AI Act are being written and how experts "
            "from partner countries can follow the work."
        ),
        "topics": ["standards", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Standards will play a central role in how the AI Act's "
                    "requirements for high-risk systems are met in practice. On "
                    "17 June 2026 the programme holds a workshop in Brussels for "
                    "companies, researchers and standards experts from the EU "
                    "and its partner countries.</p>"
                ),
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                (
                    "<p>The morning session explains what harmonised standards "
                    "are, how they give a presumption of conformity with the AI "
                    "Act, and which topics the European standardisation "
                    "organisations are working on. The afternoon compares "
                    "European work with international standards, such as ISO/IEC "
                    "42001 on AI management systems, and with the approaches of "
                    "Japan and the Republic of Korea, which cooperate with the "
                    "EU on AI standards.</p><p>The workshop is free of charge "
                    "and held in English. Places are limited, so we ask "
                    "participants to register in advance. Presentations will be "
                    "published after the event.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Details and registration are on the <a "
                    'href="/events/workshop-european-standards-trustworthy-ai'
                    '/">event page</a>. For background, read our explainer on '
                    "<a "
                    'href="/explainers/standards-and-conformity-assessment/">'
                    "standards and conformity assessment</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "standards-workshop-brussels-takeaways",
        "title": "Standards workshop in Brussels: what we heard",
        "date": "2026-06-24",
        "intro": (
            "Participants from the EU, Japan and the Republic of Korea discussed "
            "how European and international AI standards can fit together, and "
            "what companies need before the high-risk rules apply."
        ),
        "topics": ["standards", "international cooperation", "AI Act"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The programme's workshop on European standards for "
                    "trustworthy AI took place in Brussels on 17 June 2026. "
                    "Participants included standards experts, companies that "
                    "develop AI and researchers from the EU, Japan and the "
                    "Republic of Korea.</p>"
                ),
            ),
            ("heading", "Main points"),
            (
                "paragraph",
                (
                    "<ul><li>Companies asked for practical guidance on which "
                    "standards to follow while European standards are still "
                    "being finalised.</li><li>Speakers explained that European "
                    "standards can build on international ones, such as ISO/IEC "
                    "42001, where these fit the AI Act's focus on health, safety "
                    "and fundamental rights.</li><li>Participants from Japan and "
                    "Korea described how companies in their countries already "
                    "use international standards to organise AI risk management, "
                    "and saw value in shared terms and tests.</li><li>Several "
                    "participants stressed that small companies need simple "
                    "tools and templates, not only technical standards.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The discussion will feed into the cooperation on AI "
                    "standards between the EU, Japan and Korea, including work "
                    "on a common glossary. Presentations are available on the <a "
                    'href="/events/workshop-european-standards-trustworthy-ai'
                    '/">event page</a>. The views expressed at the workshop '
                    "were those of the participants.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "ai-act-amendments-adopted-new-dates",
        "title": "AI Act amendments adopted: new dates for the high-risk rules",
        "date": "2026-07-08",
        "intro": (
            "The EU has adopted targeted amendments to the AI Act, known as the "
            "digital omnibus on AI. They move the start of the high-risk rules "
            "and add a new ban. The Act's risk-based structure is unchanged."
        ),
        "topics": ["AI Act", "risk management", "governance"],
        "body": [
            (
                "paragraph",
                (
                    "<p>In June 2026 the European Parliament and the Council "
                    "adopted a regulation amending the AI Act. The Commission "
                    "had proposed it in November 2025 as part of a wider package "
                    "to simplify EU digital rules.</p>"
                ),
            ),
            ("heading", "What changes"),
            (
                "paragraph",
                (
                    "<ul><li>The rules for high-risk AI systems in the areas "
                    "listed in the Act, such as employment, education and access "
                    "to essential services, will apply from 2 December 2027 "
                    "instead of 2 August 2026.</li><li>The rules for high-risk "
                    "AI in products such as machinery, toys or medical devices "
                    "will apply from 2 August 2028 instead of 2 August "
                    "2027.</li><li>A new ban, from 2 December 2026, covers AI "
                    "systems used to create child sexual abuse material or "
                    "sexually explicit images of real people without their "
                    "consent.</li><li>Generative AI systems already on the "
                    "market have until 2 December 2026 to mark their output as "
                    "AI-generated.</li><li>Member States have until 2 August "
                    "2027 to set up AI regulatory sandboxes.</li></ul>"
                ),
            ),
            ("heading", "What stays the same"),
            (
                "paragraph",
                (
                    "<p>The bans in force since February 2025 and the rules for "
                    "general-purpose AI models in force since August 2025 are "
                    "unchanged, and the other transparency rules apply from 2 "
                    "August 2026 as planned. The new dates aim to make sure that "
                    "standards and guidance are ready before the high-risk rules "
                    "apply. Our explainer on <a "
                    'href="/explainers/ai-act-for-citizens/">what the AI Act '
                    "means for you</a> has been updated.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "what-applies-from-2-august-2026",
        "title": "2 August 2026: what now applies under the AI Act",
        "date": "2026-08-03",
        "intro": (
            "Two years after the AI Act entered into force, its transparency "
            "rules now apply, national authorities can use their full market "
            "surveillance powers and the AI Office can enforce the rules for "
            "general-purpose AI."
        ),
        "topics": ["AI Act", "transparency", "governance"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The AI Act applies in stages. Its bans on the most "
                    "harmful AI practices have applied since 2 February 2025, "
                    "and its rules for general-purpose AI models since 2 August "
                    "2025. On 2 August 2026 another set of rules started to "
                    "apply.</p>"
                ),
            ),
            ("heading", "What is new"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Transparency.</strong> Chatbots and other "
                    "AI systems that talk to people must make clear that they "
                    "are AI, unless it is obvious. Deepfakes must be disclosed, "
                    "as must AI-generated text published to inform the public on "
                    "matters of public interest, unless it has been reviewed by "
                    "a person and a publisher takes editorial "
                    "responsibility.</li><li><strong>Supervision.</strong> "
                    "National market surveillance authorities can use the Act's "
                    "powers to investigate AI systems, and anyone can lodge a "
                    "complaint with them.</li><li><strong>General-purpose "
                    "AI.</strong> The AI Office can now use its enforcement "
                    "powers, including fines, towards providers of "
                    "general-purpose AI models.</li></ul>"
                ),
            ),
            ("heading", "What comes next"),
            (
                "paragraph",
                (
                    "<p>Following amendments adopted in June 2026, the high-risk "
                    "rules will apply from 2 December 2027 for the uses listed "
                    "in the Act and from 2 August 2028 for AI in regulated "
                    "products. For an overview, read our explainers on <a "
                    'href="/explainers/generative-ai-and-transparency/">'
                    "generative AI and transparency</a> and <a "
                    'href="/explainers/risk-based-regulation/">risk-based '
                    "regulation</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "seoul-seminar-ai-basic-act-and-ai-act",
        "title": "Seoul seminar compares Korea's AI Basic Act and the EU AI Act",
        "date": "2026-09-16",
        "intro": (
            "A public seminar in Seoul looked at how the two laws identify the "
            "AI systems that need most care and how they make AI-generated "
            "content recognisable."
        ),
        "topics": ["international cooperation", "transparency", "risk management"],
        "body": [
            (
                "paragraph",
                (
                    "<p>On 10 September 2026 the programme held a public seminar "
                    "in Seoul on the Republic of Korea's AI Basic Act and the EU "
                    "AI Act. Korea's law has been in force since January 2026, "
                    "and the AI Act's transparency rules since August 2026, so "
                    "both sides now have practical experience to share.</p>"
                ),
            ),
            ("heading", "Two laws, similar questions"),
            (
                "paragraph",
                (
                    "<p>Both laws set extra duties for AI used where it can "
                    "seriously affect people: high-risk AI in the EU, "
                    "high-impact AI in Korea. Speakers compared how each law "
                    "draws that line and what organisations must do, from risk "
                    "management to human oversight and documentation. A second "
                    "session looked at generative AI: both laws require people "
                    "to be told when content is AI-generated, and participants "
                    "discussed how labels and machine-readable marks can work "
                    "across borders.</p><p>Companies active in both markets "
                    "asked for documentation that can serve both laws. This is "
                    "one of the questions the EU and Korea discuss in their "
                    "regular exchanges on AI.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Slides and a short summary are available on the <a "
                    'href="/events/seminar-korea-ai-basic-act-and-eu-ai-act/">'
                    'event page</a>. The <a href="/alignment/">alignment '
                    "matrix</a> compares the two laws element by element.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "policy-tracker-autumn-update",
        "title": "Policy tracker: autumn update",
        "date": "2026-10-14",
        "intro": (
            "Our analysts have checked the tracker's entries on the EU and its "
            "four partners against the official sources and updated the stages "
            "of laws and plans."
        ),
        "topics": ["governance", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    '<p>The <a href="/tracker/">policy tracker</a> follows AI '
                    "laws, strategies, guidelines, standards and international "
                    "agreements in the EU, Japan, Canada, Australia, the "
                    "Republic of Korea and other jurisdictions and international "
                    "organisations. Each entry has a plain-language summary, its "
                    "current stage and a link to the official source.</p>"
                ),
            ),
            ("heading", "What we reviewed"),
            (
                "paragraph",
                (
                    "<p>For this update our analysts checked every entry on the "
                    "EU and its four partners against the official sources. The "
                    "tracker now reflects, among others, Korea's AI Basic Act in "
                    "force since January 2026, Japan's AI Promotion Act and its "
                    "AI Strategy Headquarters, and Australia's National AI Plan, "
                    "which put proposed mandatory guardrails for high-risk AI on "
                    "hold.</p>"
                ),
            ),
            ("heading", "How to use it"),
            (
                "paragraph",
                (
                    "<p>You can search the tracker and filter it by "
                    "jurisdiction, type of instrument, stage, topic and year. "
                    "Any filtered list can be downloaded as a CSV file, and the "
                    "same data is available through our open <a "
                    'href="/api/v1/docs">API</a>. Explainers on this site '
                    "embed tracker entries, so their stage is always "
                    "current.</p><p>If you spot an error or a missing "
                    "development, please write to contact@outreach-ai.example.eu "
                    "with a link to the official source.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "hiroshima-process-one-report-two-codes",
        "title": "Hiroshima AI Process: one report for two codes",
        "date": "2026-10-28",
        "intro": (
            "As developers of advanced AI prepare their next reports under the "
            "G7 Hiroshima Code of Conduct, a mapping by the programme shows "
            "where it asks for the same things as the EU's General-Purpose AI "
            "Code of Practice."
        ),
        "topics": ["generative AI", "transparency", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The G7 launched the Hiroshima AI Process under Japan's "
                    "presidency in 2023. It produced international guiding "
                    "principles and a code of conduct for organisations "
                    "developing advanced AI systems. Since 2025, organisations "
                    "can report publicly on how they apply the code through a "
                    "reporting framework run by the OECD.</p><p>In the EU, "
                    "providers of general-purpose AI models have had legal "
                    "obligations since August 2025, and many of them have signed "
                    "the General-Purpose AI Code of Practice to show how they "
                    "comply.</p>"
                ),
            ),
            ("heading", "Less duplication"),
            (
                "paragraph",
                (
                    "<p>In late 2025 the programme compared the two codes side "
                    "by side. They overlap on transparency about capabilities "
                    "and limitations, on risk assessment and testing before "
                    "release, on reporting incidents and on security. The "
                    "mapping shows where information prepared for one can be "
                    "reused for the other, so that developers spend less effort "
                    "on paperwork and more on safety. It was presented to the "
                    "OECD's Working Party on AI Governance and published with a "
                    "short explanatory note.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The next meeting of the Hiroshima AI Process Friends "
                    "Group, planned for February 2027, will discuss the second "
                    "round of reports under the framework. Read more about the "
                    "codes in our explainer on <a "
                    'href="/explainers/generative-ai-and-transparency/">'
                    "generative AI and transparency</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "tokyo-workshop-eu-japan-study",
        "title": "Tokyo workshop to present EU–Japan study on AI risk management",
        "date": "2026-11-05",
        "intro": (
            "On 20 January 2027 a public workshop in Tokyo will present the "
            "findings of a joint study on how the EU and Japan ask organisations "
            "to manage the risks of AI, followed by an online briefing."
        ),
        "topics": ["risk management", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Companies that develop or use AI in both the EU and "
                    "Japan meet two different frameworks: the EU's AI Act, a "
                    "binding law, and Japan's voluntary AI Guidelines for "
                    "Business together with the AI Promotion Act. Since 2025 a "
                    "joint study has mapped the two side by side to find where "
                    "one set of risk-management practices and documents could "
                    "serve both.</p>"
                ),
            ),
            (
                "image",
                {
                    "key": "dialogue-handshake",
                    "caption": (
                        "The study is part of the cooperation on AI under the "
                        "EU–Japan Digital Partnership."
                    ),
                    "alt": (
                        "Two hands shaking in front of a blue and white "
                        "background with a row of small stars."
                    ),
                },
            ),
            ("heading", "About the workshop"),
            (
                "paragraph",
                (
                    "<p>The workshop presents the study's findings and "
                    "recommendations, followed by a panel of companies active in "
                    "both markets. It is aimed at businesses, researchers and "
                    "officials. It will be held in English and Japanese with "
                    "interpretation.</p><p>The final report is due to be "
                    "published before the workshop. Its recommendations are "
                    "addressed to companies as well as to authorities: for "
                    "example, how a single risk register, test plan and set of "
                    "technical documents could be organised to answer the "
                    "questions of both frameworks.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The workshop is listed with the other public meetings "
                    'of the dialogue on our <a href="/partners/japan/">Japan '
                    "page</a>. For those who cannot travel to Tokyo, the "
                    "study's authors present it again at an <a "
                    'href="/events/online-briefing-eu-japan-risk-management-study/">'
                    "online briefing on 10 February 2027</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "events-programme-2027",
        "title": "Our public events for the coming months",
        "date": "2026-11-18",
        "intro": (
            "Webinars and workshops with partners from December 2026 to June "
            "2027, on fundamental rights, risk management, labelling of "
            "AI-generated content and human-centric AI."
        ),
        "topics": [
            "international cooperation",
            "fundamental rights",
            "generative AI",
        ],
        "body": [
            (
                "paragraph",
                (
                    "<p>The programme's public events bring together people from "
                    "the EU and its partner countries to discuss how AI rules "
                    "work in practice. All events are free of charge; online "
                    "events are open to everyone, and in-person events need "
                    "registration because places are limited.</p>"
                ),
            ),
            ("heading", "Coming up"),
            (
                "paragraph",
                (
                    "<ul><li><strong>9 December 2026, online:</strong> <a "
                    'href="/events'
                    '/webinar-fundamental-rights-impact-assessment/">assessing '
                    "the impact of AI on fundamental rights</a>, with speakers "
                    "from the EU and Canada.</li><li><strong>20 January 2027, "
                    'Tokyo:</strong> <a href="/partners/japan/">presentation '
                    "of the EU–Japan study on AI risk management</a>, followed "
                    "on <strong>10 February 2027, online,</strong> by <a "
                    'href="/events/online-briefing-eu-japan-risk-management-study/">'
                    "a briefing for European companies</a>.</li>"
                    "<li><strong>3 March 2027, "
                    "online:</strong> <a "
                    'href="/events/webinar-labelling-ai-generated-content/">'
                    "labelling AI-generated content in Europe and "
                    "Australia</a>.</li><li><strong>8 June 2027, Brussels and "
                    "online:</strong> <a "
                    'href="/events/conference-human-centric-ai-partners/">'
                    "conference on human-centric AI with our "
                    "partners</a>.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Times on event pages are given in the local time of the "
                    "event. You can add all our events to your calendar with our "
                    '<a href="/events/calendar.ics">calendar feed</a>, and our '
                    '<a href="/newsletter/subscribe/">newsletter</a> announces '
                    "new events as soon as registration opens.</p><p>Summaries "
                    "and presentations of past events, such as the standards "
                    "workshop in Brussels in June and the seminar in Seoul in "
                    "September, remain available on the <a "
                    'href="/events/">events page</a>.</p>'
                ),
            ),
        ],
    },
]

EVENTS = [
    {
        "slug": "workshop-european-standards-trustworthy-ai",
        "title": "Workshop: European standards for trustworthy AI",
        "start": "2026-06-17T09:30",
        "end": "2026-06-17T16:30",
        "time_zone": "Europe/Brussels",
        "venue": "Brussels, Belgium",
        "online": False,
        "registration_url": "",
        "partners": ["JP", "KR"],
        "intro": (
            "A one-day workshop on how European standards for the AI Act are "
            "being written and how they relate to international AI standards, "
            "with experts from the EU, Japan and the Republic of Korea."
        ),
        "topics": ["standards", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Harmonised standards will help providers of high-risk AI "
                    "systems show that they meet the AI Act's requirements. This "
                    "workshop explained how these standards are developed and "
                    "how experts from partner countries can follow the work.</p>"
                ),
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Morning:</strong> harmonised standards and "
                    "the AI Act; the topics on the European standardisation "
                    "agenda; how a presumption of conformity "
                    "works.</li><li><strong>Afternoon:</strong> European and "
                    "international standards side by side, including ISO/IEC "
                    "42001; experience from Japan and the Republic of Korea; "
                    "what small companies need.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The workshop was held in English. A summary of the "
                    "discussion is available in our <a "
                    'href="/news/standards-workshop-brussels-takeaways/">news '
                    "section</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "seminar-korea-ai-basic-act-and-eu-ai-act",
        "title": "Public seminar: Korea's AI Basic Act and the EU AI Act",
        "start": "2026-09-10T14:00",
        "end": "2026-09-10T17:30",
        "time_zone": "Asia/Seoul",
        "venue": "Seoul, Republic of Korea",
        "online": False,
        "registration_url": "",
        "partners": ["KR"],
        "intro": (
            "An afternoon seminar comparing how Korea's AI Basic Act and the EU "
            "AI Act treat high-impact and high-risk AI and AI-generated content, "
            "for businesses, researchers and the public."
        ),
        "topics": ["international cooperation", "risk management", "transparency"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Korea's AI Basic Act has applied since January 2026, and "
                    "the EU AI Act's transparency rules since August 2026. The "
                    "seminar brought together experts from both sides to compare "
                    "the two laws in practice.</p>"
                ),
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                (
                    "<ol><li>High-impact and high-risk AI: which systems are "
                    "covered and what organisations must do.</li><li>Generative "
                    "AI: informing users and labelling AI-generated "
                    "content.</li><li>Questions from the audience.</li></ol>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The seminar was held in Korean and English with "
                    "interpretation. Read the <a "
                    'href="/news/seoul-seminar-ai-basic-act-and-ai-act/">news '
                    "report</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "webinar-fundamental-rights-impact-assessment",
        "title": "Webinar: assessing the impact of AI on fundamental rights",
        "start": "2026-12-09T09:00",
        "end": "2026-12-09T10:30",
        "time_zone": "America/Toronto",
        "venue": "",
        "online": True,
        "registration_url": (
            "https://example.org/register/webinar-fundamental-rights-impact-assessment"
        ),
        "partners": ["CA"],
        "intro": (
            "How do public bodies check the effects of an AI system on people's "
            "rights before they use it? Speakers compare the EU's fundamental "
            "rights impact assessment with Canada's Algorithmic Impact "
            "Assessment."
        ),
        "topics": ["fundamental rights", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Under the AI Act, public bodies and some other "
                    "organisations must assess the impact of a high-risk AI "
                    "system on fundamental rights before using it. Canada's "
                    "federal government has required an Algorithmic Impact "
                    "Assessment for automated decision systems since 2019, under "
                    "the Treasury Board's Directive on Automated "
                    "Decision-Making.</p>"
                ),
            ),
            ("heading", "What the webinar covers"),
            (
                "paragraph",
                (
                    "<ul><li>What each assessment asks, and who must carry it "
                    "out.</li><li>Lessons from Canada's experience with "
                    "published assessments.</li><li>How the results lead to "
                    "safeguards such as human review, notice and "
                    "recourse.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The webinar is held in English and French, starts at "
                    "09:00 Toronto time (15:00 in Brussels) and includes time "
                    "for questions. A recording will be published afterwards. "
                    "Background: <a "
                    'href="/explainers/ai-and-fundamental-rights/">AI and '
                    "fundamental rights</a>.</p>"
                ),
            ),
        ],
    },
    {
        # The Tokyo workshop itself (20 January 2027) is a public dialogue
        # meeting of the dialogues demo, already in the calendar: this is the
        # separate online briefing that follows it.
        "slug": "online-briefing-eu-japan-risk-management-study",
        "title": (
            "Online briefing: what the EU–Japan study on AI risk management "
            "means for European companies"
        ),
        "start": "2027-02-10T10:00",
        "end": "2027-02-10T11:30",
        "time_zone": "Europe/Brussels",
        "venue": "",
        "online": True,
        "registration_url": (
            "https://example.org/register/online-briefing-eu-japan-risk-management-study"
        ),
        "partners": ["JP"],
        "intro": (
            "Three weeks after the study's presentation in Tokyo, its authors "
            "explain to European companies how one set of risk-management "
            "practices and documents could answer both the AI Act and Japan's "
            "guidelines."
        ),
        "topics": ["risk management", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The joint study maps the AI Act's obligations for "
                    "high-risk systems against Japan's AI Guidelines for "
                    "Business and the AI Promotion Act, and identifies where one "
                    "set of practices and documents could serve both. Its "
                    "findings are first presented at a public workshop in Tokyo "
                    "on 20 January 2027, listed on our <a "
                    'href="/partners/japan/">Japan page</a> and in our '
                    '<a href="/events/calendar.ics">calendar</a>.</p>'
                ),
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                (
                    "<ol><li>The study's findings and recommendations, in "
                    "brief.</li><li>What they mean for a European company "
                    "selling AI systems in Japan.</li><li>Questions from the "
                    "audience.</li></ol>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The briefing is held in English and starts at 10:00 "
                    "Brussels time (18:00 in Tokyo). A recording will be "
                    "published afterwards. Background: <a "
                    'href="/explainers/working-with-partners-on-ai/">how the '
                    "EU works with its partners on AI</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "webinar-labelling-ai-generated-content",
        "title": "Webinar: labelling AI-generated content in Europe and Australia",
        "start": "2027-03-03T18:00",
        "end": "2027-03-03T19:30",
        "time_zone": "Australia/Sydney",
        "venue": "",
        "online": True,
        "registration_url": (
            "https://example.org/register/webinar-labelling-ai-generated-content"
        ),
        "partners": ["AU"],
        "intro": (
            "How can people tell that an image, a video or a text was made by "
            "AI? Speakers from Europe and Australia discuss watermarks, metadata "
            "and labels, and what they can and cannot do."
        ),
        "topics": ["generative AI", "transparency", "international cooperation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>The AI Act requires providers of generative AI to mark "
                    "its output in a machine-readable way and requires deepfakes "
                    "to be disclosed. Australia relies on existing laws and "
                    "voluntary guidance. This webinar compares the two "
                    "approaches and the technology behind them.</p>"
                ),
            ),
            ("heading", "What the webinar covers"),
            (
                "paragraph",
                (
                    "<ul><li>Watermarks, metadata and fingerprints: how they "
                    "work and how robust they are.</li><li>Who must label what "
                    "under the AI Act.</li><li>Australia's approach to "
                    "transparency about AI-generated content.</li><li>What "
                    "people can do to check where content comes from.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The webinar starts at 18:00 Sydney time (08:00 in "
                    "Brussels) and is held in English. A recording will be "
                    "published afterwards. Background: <a "
                    'href="/explainers/generative-ai-and-transparency/">'
                    "generative AI and transparency</a>.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "conference-human-centric-ai-partners",
        "title": "Conference: human-centric AI with our partners",
        "start": "2027-06-08T09:30",
        "end": "2027-06-08T17:00",
        "time_zone": "Europe/Brussels",
        "venue": "Brussels, Belgium",
        "online": True,
        "registration_url": (
            "https://example.org/register/conference-human-centric-ai-partners"
        ),
        "partners": ["JP", "CA", "AU", "KR"],
        "intro": (
            "The programme's annual conference takes stock of how the EU and "
            "Japan, Canada, Australia and the Republic of Korea put trustworthy, "
            "human-centric AI into practice. In Brussels and streamed online."
        ),
        "topics": ["human-centric AI", "international cooperation", "AI Act"],
        "body": [
            (
                "paragraph",
                (
                    "<p>A year of new rules, standards and cooperation: the "
                    "conference brings together officials, researchers, "
                    "companies and civil society from the EU and its four "
                    "partners to discuss what has worked and what is still "
                    "missing.</p>"
                ),
            ),
            ("heading", "Programme"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Morning:</strong> the state of AI rules in "
                    "the EU and partner countries, based on our policy tracker "
                    "and alignment matrix.</li><li><strong>Afternoon:</strong> "
                    "parallel sessions on standards and testing, on transparency "
                    "of AI-generated content, and on AI in public "
                    "services.</li><li><strong>Closing:</strong> priorities for "
                    "cooperation in the year ahead.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The conference takes place in Brussels and is streamed "
                    "online. Places in the room are limited; the online stream "
                    "needs no registration. A detailed programme will be "
                    "published in spring 2027.</p>"
                ),
            ),
        ],
    },
]

IMAGES = {
    "ai-act-timeline": {
        "title": "AI Act timeline",
        "kind": "timeline",
        "colours": ["#003399", "#FFCC00", "#FFFFFF"],
        "label": "2024 2025 2026 2027 2028",
    },
    "risk-pyramid": {
        "title": "The four risk levels of the AI Act",
        "kind": "pyramid",
        "colours": ["#B3261E", "#E8710A", "#FFCC00", "#2E7D32"],
        "label": "Unacceptable / High / Transparency / Minimal",
    },
    "human-centric": {
        "title": "Human-centric AI",
        "kind": "abstract",
        "colours": ["#003399", "#FFCC00", "#F5F7FB"],
        "label": "People first",
    },
    "partners-map": {
        "title": "The EU and its partners",
        "kind": "map",
        "colours": ["#003399", "#FFCC00", "#DDE3F0"],
        "label": "EU - JP - KR - CA - AU",
    },
    "content-label": {
        "title": "Labelling AI-generated content",
        "kind": "abstract",
        "colours": ["#1A1A1A", "#FFCC00", "#FFFFFF"],
        "label": "AI-generated",
    },
    "rights-scales": {
        "title": "AI and fundamental rights",
        "kind": "abstract",
        "colours": ["#003399", "#FFFFFF", "#FFCC00"],
        "label": "Rights and innovation",
    },
    "standards-blocks": {
        "title": "Standards and conformity assessment",
        "kind": "abstract",
        "colours": ["#003399", "#4F6BB5", "#FFCC00"],
        "label": "ISO/IEC - EN - AI Act",
    },
    "dialogue-handshake": {
        "title": "Cooperation with partners",
        "kind": "handshake",
        "colours": ["#003399", "#FFCC00", "#FFFFFF"],
        "label": "EU + Japan",
    },
}

STANDARD_PAGES = [
    {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "How to reach the International Outreach for Human-Centric AI programme."
        ),
        "body": [
            ("heading", "Write to us"),
            (
                "paragraph",
                (
                    "<p>For questions about the programme, this website, our "
                    "events or the policy tracker, write to <a "
                    'href="mailto:contact@outreach-ai.example.eu">'
                    "contact@outreach-ai.example.eu</a>. The mailbox is read by "
                    "the programme team. We aim to reply within ten working "
                    "days.</p><p>Journalists are welcome to use the same "
                    'address; please write "Press" in the subject line.</p>'
                ),
            ),
            ("heading", "Before you write"),
            (
                "paragraph",
                (
                    "<ul><li>To report an error in the tracker, include a link "
                    "to the official source.</li><li>To report an accessibility "
                    "problem, tell us the page address and what you were trying "
                    'to do; see our <a href="/accessibility/">accessibility '
                    "statement</a>.</li><li>To stop receiving the newsletter, "
                    "use the unsubscribe link at the end of every issue. You do "
                    "not need to write to us.</li><li>For event registrations, "
                    "use the link on the event page.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "title": "We do not speak for the European Commission",
                    "text": (
                        "We can explain the EU's approach to AI and point you to "
                        "official sources, but we cannot give legal advice or "
                        "answer on behalf of EU institutions. Questions about "
                        "the application of the AI Act in a specific case are "
                        "best addressed to the competent national authority."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "legal-notice",
        "title": "Legal notice",
        "intro": (
            "Who runs this website, the disclaimer that applies to its content, "
            "and how you may reuse it."
        ),
        "body": [
            ("heading", "Who runs this website"),
            (
                "paragraph",
                (
                    "<p>This website is run by the International Outreach for "
                    "Human-Centric AI programme, a project funded by the "
                    "European Union. The programme is managed by the European "
                    "Commission's Service for Foreign Policy Instruments (FPI) "
                    "together with the Directorate-General for Communications "
                    "Networks, Content and Technology (DG CONNECT), and carried "
                    "out by an implementing team on their behalf. Contact: <a "
                    'href="mailto:contact@outreach-ai.example.eu">'
                    "contact@outreach-ai.example.eu</a>.</p>"
                ),
            ),
            ("heading", "Disclaimer"),
            (
                "paragraph",
                (
                    "<p>This website was produced with the financial support of "
                    "the European Union. Its contents are the sole "
                    "responsibility of the programme and do not necessarily "
                    "reflect the views of the European Union.</p><p>We take care "
                    "to keep the information accurate and up to date, and every "
                    "tracker entry links to its official source. The information "
                    "is general and is not legal advice. Only the texts "
                    "published in the Official Journal of the European Union are "
                    "authentic, and only the Court of Justice of the European "
                    "Union can interpret EU law authoritatively.</p><p>We link "
                    "to websites of other organisations for convenience. We have "
                    "no control over their content and accept no responsibility "
                    "for it.</p>"
                ),
            ),
            ("heading", "Reuse"),
            (
                "paragraph",
                (
                    "<p>Unless stated otherwise, you may reuse the text of this "
                    "website and the data of the policy tracker, provided that "
                    "you acknowledge the source and indicate any changes. This "
                    "does not apply to content marked as belonging to third "
                    "parties, such as logos or quoted material, for which you "
                    "need the permission of the rights holder.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy statement",
        "intro": (
            "What personal data this website collects, why, and your rights. In "
            "short: only what you give us to receive the newsletter, no trackers "
            "and no analytics."
        ),
        "body": [
            ("heading", "What we collect"),
            (
                "paragraph",
                (
                    "<p>Reading this website does not require you to give us any "
                    "personal data. We collect personal data only when you "
                    "subscribe to our newsletter. Then we store:</p><ul><li>your "
                    "email address;</li><li>the topics, partners and language "
                    "you choose;</li><li>when you subscribed, confirmed and, if "
                    "applicable, unsubscribed;</li><li>which issues of the "
                    "newsletter we sent you, so that you never receive the same "
                    "one twice.</li></ul><p>We use this data only to send you "
                    "the newsletter you asked for. We do not sell it, share it "
                    "for marketing, or combine it with other data.</p>"
                ),
            ),
            ("heading", "Double opt-in and unsubscribing"),
            (
                "paragraph",
                (
                    "<p>After you subscribe, we send one email with a "
                    "confirmation link. You receive nothing else until you click "
                    "it, and the link expires after a limited time. Every "
                    "newsletter contains a link to unsubscribe in one click, at "
                    "any time, without needing to sign in. You can also ask us "
                    "to delete your data entirely.</p>"
                ),
            ),
            ("heading", "Cookies, trackers and external services"),
            (
                "paragraph",
                (
                    "<p>This website uses no analytics, no advertising or social "
                    "media trackers, and no cookies for measuring audiences. "
                    "Fonts and scripts are served from our own server, not from "
                    "third parties, so your visit is not reported to anyone "
                    "else. That is why there is no cookie banner.</p><p>A few "
                    "technical cookies may be set, and only where they are "
                    "strictly necessary:</p><ul><li>a security cookie (CSRF "
                    "token) when you use a form, such as the newsletter sign-up, "
                    "to protect it against misuse;</li><li>a short-lived cookie "
                    "that carries the confirmation message shown after you send "
                    "a form, deleted once it is shown;</li><li>a session cookie for "
                    "programme staff who sign in to manage the "
                    "website.</li></ul><p>Your choice of language is kept in "
                    "the page address (/fr/, /ja/, /ko/), not in a cookie. Like "
                    "any web server, ours records "
                    "technical data such as IP addresses in its logs, for a "
                    "short time, to keep the service secure.</p>"
                ),
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                (
                    "<p>The organisation running the programme on behalf of the "
                    "European Union is the controller of your data under the "
                    "General Data Protection Regulation. You have the right to "
                    "access, correct and delete your data, to object to its "
                    "processing and to withdraw your consent at any time. To "
                    "exercise these rights, write to <a "
                    'href="mailto:contact@outreach-ai.example.eu">'
                    "contact@outreach-ai.example.eu</a>. You also have the right "
                    "to lodge a complaint with a data protection supervisory "
                    "authority.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "We want everyone to be able to use this website, whatever their "
            "abilities or the technology they use."
        ),
        "body": [
            ("heading", "Our commitment"),
            (
                "paragraph",
                (
                    "<p>This website aims to meet the Web Content Accessibility "
                    "Guidelines (WCAG) 2.1 at level AA, the standard required by "
                    "the EU Web Accessibility Directive (Directive (EU) "
                    "2016/2102). You should be able to:</p><ul><li>use the whole "
                    "site with a keyboard only;</li><li>use it with a screen "
                    "reader or speech recognition software;</li><li>zoom the "
                    "text up to 200% without losing content;</li><li>understand "
                    "all information without relying on colour alone.</li></ul>"
                ),
            ),
            ("heading", "How we test"),
            (
                "paragraph",
                (
                    "<p>Every change to the website is tested automatically with "
                    "the axe-core accessibility engine on our main page types: "
                    "the home page, an explainer, the news list, an event, "
                    "search results, the policy tracker and a partner page. We "
                    "also check pages by hand using only the keyboard. Automated "
                    "tests cannot find every problem, which is why your feedback "
                    "matters.</p>"
                ),
            ),
            ("heading", "Compliance status"),
            (
                "paragraph",
                (
                    "<p>This website is partially compliant with WCAG 2.1 level "
                    "AA because of the limitation below.</p><ul><li>The policy "
                    "tracker links to official documents on other organisations' "
                    "websites, often in PDF format. We do not control these "
                    "documents and cannot guarantee that they are accessible. "
                    "Each tracker entry has its own plain-language summary on "
                    "this website.</li></ul>"
                ),
            ),
            ("heading", "Report a problem"),
            (
                "paragraph",
                (
                    "<p>If you find a barrier on this website, or need "
                    "information in another format, write to <a "
                    'href="mailto:contact@outreach-ai.example.eu">'
                    "contact@outreach-ai.example.eu</a>. Tell us the page "
                    "address and the problem you met. We will reply within 15 "
                    "working days. If you are not satisfied with our reply, you "
                    "can ask us to pass your complaint on to the Commission "
                    "services that oversee the programme.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "about",
        "title": "About the programme",
        "intro": (
            "The International Outreach for Human-Centric AI programme supports "
            "the EU's cooperation on artificial intelligence with partners "
            "around the world."
        ),
        "body": [
            ("heading", "Why this programme exists"),
            (
                "paragraph",
                (
                    "<p>The European Union wants artificial intelligence that is "
                    "trustworthy, safe and respects people's rights, and it has "
                    "turned that aim into law with the <a "
                    'href="/explainers/ai-act-for-citizens/">AI Act</a>. '
                    "Because AI is developed and used across borders, the EU "
                    "also works with partners who share its values. This "
                    "programme supports that work.</p><p>It is funded by the "
                    "European Union and managed by the European Commission's "
                    "Service for Foreign Policy Instruments (FPI) together with "
                    "the Directorate-General for Communications Networks, "
                    "Content and Technology (DG CONNECT).</p>"
                ),
            ),
            ("heading", "What we do"),
            (
                "paragraph",
                (
                    "<ol><li><strong>Dialogues.</strong> We support the EU's "
                    "policy dialogues on AI with Japan, Canada, Australia and "
                    "the Republic of Korea, and its work in international forums "
                    "such as the G7, the OECD and the Global Partnership on AI. "
                    "Public meetings and joint initiatives appear on our <a "
                    'href="/partners/">partner '
                    "pages</a>.</li><li><strong>Monitoring.</strong> We follow "
                    "how AI policy develops worldwide. The <a "
                    'href="/tracker/">policy tracker</a> and the <a '
                    'href="/alignment/">alignment matrix</a> are open to '
                    "everyone, and the data can be reused through our "
                    "API.</li><li><strong>Outreach.</strong> We explain the EU's "
                    "approach to human-centric AI to the public, through "
                    "explainers, news, events and a newsletter in English, "
                    "French, Japanese and Korean.</li></ol>"
                ),
            ),
            ("heading", "Our principles"),
            (
                "paragraph",
                (
                    "<p>We write in plain language, link every fact to its "
                    "official source, and correct errors quickly. Our content "
                    "does not necessarily reflect the views of the European "
                    "Union; for official positions, see the websites of the EU "
                    "institutions.</p>"
                ),
            ),
        ],
    },
]
