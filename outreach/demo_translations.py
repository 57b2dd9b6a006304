"""French, Japanese and Korean versions of some demo pages, for `seed_demo`.

Each translation starts as a copy of the English page made the way editors make
one in the admin (simple_translation's "Translate"), then gets its own text and
is published. The home page and the three sections are translated, with a few
explainers, news items and events; the other pages exist in English only, and
the language switcher leads from them to each language's home page.

Idempotent: a page that already has a translation in a language is left as it is.
"""

from wagtail.models import Locale, Page, Site

from .models import (
    EventIndexPage,
    EventPage,
    ExplainerIndexPage,
    ExplainerPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
)

LANGUAGES = ("fr", "ja", "ko")

HOME = {
    "fr": {
        "title": "Une IA centrée sur l'humain, avec nos partenaires",
        "intro": (
            "L'Union européenne travaille avec ses partenaires dans le monde "
            "entier pour une intelligence artificielle digne de confiance, sûre "
            "et respectueuse des droits des personnes."
        ),
        "body": (
            "<p>Le programme « Coopération internationale pour une IA centrée sur "
            "l'humain » soutient les dialogues de l'UE sur l'IA avec le Japon, le "
            "Canada, l'Australie et la République de Corée, suit l'évolution des "
            "politiques d'IA dans le monde et explique aux citoyens ce que "
            "signifie une IA centrée sur l'humain et digne de confiance.</p>"
        ),
    },
    "ja": {
        "title": "人間中心のAIを、パートナーとともに",
        "intro": (
            "欧州連合（EU）は、信頼でき、安全で、人々の権利を尊重する人工知能の"
            "実現に向けて、世界各地のパートナーと協力しています。"
        ),
        "body": (
            "<p>「人間中心のAIのための国際アウトリーチ」プログラムは、日本、カナダ、"
            "オーストラリア、韓国とのEUのAI政策対話を支援し、世界のAI政策の動向を"
            "追跡するとともに、人間中心で信頼できるAIが市民にとって何を意味するのかを"
            "わかりやすく説明しています。</p>"
        ),
    },
    "ko": {
        "title": "파트너와 함께하는 인간 중심 AI",
        "intro": (
            "유럽연합(EU)은 신뢰할 수 있고 안전하며 사람들의 권리를 존중하는 "
            "인공지능을 위해 전 세계 파트너와 협력하고 있습니다."
        ),
        "body": (
            "<p>'인간 중심 AI를 위한 국제 협력' 프로그램은 일본, 캐나다, 호주, "
            "대한민국과 EU의 AI 정책 대화를 지원하고, 전 세계 AI 정책의 흐름을 "
            "추적하며, 인간 중심의 신뢰할 수 있는 AI가 시민에게 어떤 의미인지 "
            "설명합니다.</p>"
        ),
    },
}

SECTIONS = {
    ExplainerIndexPage: {
        "fr": {
            "title": "Guides",
            "intro": "L'IA et ses règles expliquées simplement, pour tous.",
        },
        "ja": {
            "title": "解説",
            "intro": "AIとそのルールを、誰にでもわかりやすく解説します。",
        },
        "ko": {"title": "해설", "intro": "AI와 그 규칙을 누구나 알기 쉽게 설명합니다."},
    },
    NewsIndexPage: {
        "fr": {
            "title": "Actualités",
            "intro": "Les dernières nouvelles du programme et de ses partenaires.",
        },
        "ja": {"title": "ニュース", "intro": "プログラムとパートナーの最新ニュース。"},
        "ko": {"title": "뉴스", "intro": "프로그램과 파트너의 최신 소식입니다."},
    },
    EventIndexPage: {
        "fr": {
            "title": "Événements",
            "intro": "Webinaires, ateliers et conférences ouverts au public.",
        },
        "ja": {
            "title": "イベント",
            "intro": "一般公開のウェビナー、ワークショップ、会議。",
        },
        "ko": {"title": "행사", "intro": "누구나 참여할 수 있는 웨비나, 워크숍, 회의."},
    },
}

# Explainers by slug: title, intro, the key takeaways and a shorter body of
# (heading, paragraph) sections.
EXPLAINERS = {
    "ai-act-for-citizens": {
        "fr": {
            "title": "Ce que la loi sur l'IA change pour vous",
            "intro": (
                "Le règlement européen sur l'intelligence artificielle fixe des "
                "règles pour les systèmes d'IA utilisés en Europe. Ce guide "
                "explique ce qui est déjà interdit, ce qui change quand l'IA aide "
                "à prendre une décision qui vous concerne, et à qui vous adresser "
                "en cas de problème."
            ),
            "takeaways": [
                "Certains usages de l'IA, comme la notation sociale et la "
                "manipulation préjudiciable, sont interdits dans l'UE depuis le "
                "2 février 2025.",
                "Depuis le 2 août 2026, vous devez être informé quand vous parlez "
                "à un robot conversationnel, et les hypertrucages doivent être "
                "signalés.",
                "L'IA utilisée pour des décisions sensibles (emploi, éducation, "
                "crédit, prestations sociales) devra respecter des exigences "
                "strictes à partir du 2 décembre 2027.",
                "Si vous pensez qu'un système d'IA enfreint les règles, vous "
                "pouvez saisir l'autorité de surveillance du marché de votre pays.",
            ],
            "sections": [
                (
                    "Ce qu'est la loi sur l'IA",
                    "<p>Le règlement sur l'intelligence artificielle, "
                    "officiellement règlement (UE) 2024/1689, est la loi de l'UE "
                    "sur l'IA. Entré en vigueur le 1<sup>er</sup> août 2024, il a "
                    "été la première loi complète sur l'IA au monde.</p><p>Il ne "
                    "réglemente pas la technologie en tant que telle, mais la "
                    "manière dont les systèmes d'IA sont vendus et utilisés, avec "
                    "davantage d'obligations lorsque le risque pour la santé, la "
                    "sécurité ou les droits fondamentaux est plus élevé.</p>",
                ),
                (
                    "Ce qui est déjà interdit",
                    "<p>Depuis le 2 février 2025, une courte liste de pratiques "
                    "est interdite dans l'UE, notamment :</p><ul><li>les "
                    "techniques manipulatrices qui causent un préjudice "
                    "important ;</li><li>la notation sociale conduisant à un "
                    "traitement injuste ;</li><li>la reconnaissance des émotions "
                    "au travail ou à l'école, sauf pour des raisons médicales ou "
                    "de sécurité ;</li><li>l'identification biométrique à "
                    "distance en temps réel dans l'espace public par la police, "
                    "sauf cas strictement définis.</li></ul>",
                ),
                (
                    "Quand l'IA aide à décider à votre sujet",
                    "<p>Les systèmes d'IA à haut risque, par exemple pour trier "
                    "des candidatures, noter des examens ou évaluer une "
                    "solvabilité, doivent gérer les risques, utiliser des données "
                    "de qualité et rester sous contrôle humain. Vous aurez droit à "
                    "une explication claire du rôle joué par le système dans une "
                    "décision qui vous affecte de manière importante.</p>",
                ),
            ],
        },
        "ja": {
            "title": "AI法があなたにもたらすもの",
            "intro": (
                "EUの人工知能法（AI法）は、欧州で使われるAIシステムのルールを定めて"
                "います。この解説では、すでに禁止されていること、AIがあなたに関する"
                "判断に使われるときに何が変わるのか、問題があったときの相談先を説明"
                "します。"
            ),
            "takeaways": [
                "ソーシャル・スコアリングや有害な操作など、一部のAIの使い方は"
                "2025年2月2日からEUで禁止されています。",
                "2026年8月2日から、チャットボットと会話していることを知らされ、"
                "ディープフェイクは開示されなければなりません。",
                "雇用、教育、融資、公的給付などの重要な判断に使われるAIは、"
                "2027年12月2日から厳しい要件を満たす必要があります。",
                "AIシステムがルールに違反していると思ったら、自国の市場監視当局に"
                "申し立てることができます。",
            ],
            "sections": [
                (
                    "AI法とは",
                    "<p>AI法（正式には規則（EU）2024/1689）は、人工知能に関する"
                    "EUの法律です。2024年8月1日に発効し、世界で初めての包括的な"
                    "AI法となりました。</p><p>AI法は技術そのものではなく、AI"
                    "システムの販売と利用を規制し、人々の健康、安全、基本的権利への"
                    "リスクが高いほど多くの義務を課します。</p>",
                ),
                (
                    "すでに禁止されていること",
                    "<p>2025年2月2日から、次のようなAIの利用がEUで禁止されて"
                    "います。</p><ul><li>重大な害をもたらす操作的・欺瞞的な技術"
                    "</li><li>不当な扱いにつながるソーシャル・スコアリング</li>"
                    "<li>医療・安全上の理由を除く、職場や学校での感情認識</li>"
                    "<li>厳格に定められた場合を除く、警察による公共空間での"
                    "リアルタイム遠隔生体識別</li></ul>",
                ),
                (
                    "AIがあなたに関する判断を助けるとき",
                    "<p>採用書類の選考、試験の採点、信用力の評価などに使われる"
                    "高リスクAIシステムは、リスクを管理し、質の高いデータを使い、"
                    "人間の監督の下に置かれなければなりません。あなたに重大な影響を"
                    "与える判断でAIが果たした役割について、明確な説明を受ける権利も"
                    "あります。</p>",
                ),
            ],
        },
        "ko": {
            "title": "AI법이 여러분에게 의미하는 것",
            "intro": (
                "EU 인공지능법(AI법)은 유럽에서 사용되는 AI 시스템의 규칙을 "
                "정합니다. 이 해설은 이미 금지된 것, AI가 여러분에 관한 결정에 "
                "쓰일 때 달라지는 점, 문제가 생겼을 때 도움을 구할 곳을 "
                "설명합니다."
            ),
            "takeaways": [
                "사회적 점수 매기기나 해로운 조작 같은 일부 AI 사용은 2025년 "
                "2월 2일부터 EU에서 금지되었습니다.",
                "2026년 8월 2일부터 챗봇과 대화하고 있다는 사실을 알려야 하며, "
                "딥페이크는 공개해야 합니다.",
                "채용, 교육, 대출, 공공 급여 등 민감한 결정에 쓰이는 AI는 "
                "2027년 12월 2일부터 엄격한 요건을 충족해야 합니다.",
                "AI 시스템이 규칙을 어긴다고 생각되면 자국의 시장 감시 당국에 "
                "신고할 수 있습니다.",
            ],
            "sections": [
                (
                    "AI법이란",
                    "<p>AI법(공식 명칭은 규정(EU) 2024/1689)은 인공지능에 관한 "
                    "EU의 법률입니다. 2024년 8월 1일에 발효되었으며 세계 최초의 "
                    "포괄적인 AI 법률입니다.</p><p>AI법은 기술 자체가 아니라 AI "
                    "시스템의 판매와 사용을 규제하며, 사람들의 건강, 안전, 기본권에 "
                    "대한 위험이 클수록 더 많은 의무를 부과합니다.</p>",
                ),
                (
                    "이미 금지된 것",
                    "<p>2025년 2월 2일부터 EU에서는 다음과 같은 AI 사용이 "
                    "금지되었습니다.</p><ul><li>심각한 피해를 주는 조작적·기만적 "
                    "기법</li><li>부당한 대우로 이어지는 사회적 점수 매기기</li>"
                    "<li>의료·안전상의 이유를 제외한 직장이나 학교에서의 감정 "
                    "인식</li><li>엄격히 정해진 경우를 제외한 경찰의 공공장소 "
                    "실시간 원격 생체 인식</li></ul>",
                ),
                (
                    "AI가 여러분에 관한 결정을 도울 때",
                    "<p>지원서 분류, 시험 채점, 신용 평가 등에 쓰이는 고위험 AI "
                    "시스템은 위험을 관리하고, 양질의 데이터를 사용하며, 사람의 "
                    "감독 아래 있어야 합니다. 여러분에게 중대한 영향을 미치는 "
                    "결정에서 AI가 한 역할에 대해 명확한 설명을 들을 권리도 "
                    "있습니다.</p>",
                ),
            ],
        },
    },
    "human-centric-ai": {
        "fr": {
            "title": "Ce que signifie une IA centrée sur l'humain",
            "intro": (
                "Une IA centrée sur l'humain est une IA au service des personnes, "
                "et non l'inverse. Ce guide montre d'où vient cette idée et comment "
                "le droit de l'UE et les principes internationaux la traduisent en "
                "exigences concrètes."
            ),
            "takeaways": [
                "Une IA centrée sur l'humain sert les personnes, respecte leurs "
                "droits et reste sous un contrôle humain réel.",
                "L'idée vient des lignes directrices en matière d'éthique pour une "
                "IA digne de confiance (2019) et des principes de l'OCDE sur l'IA.",
                "La loi sur l'IA la traduit en droit, par exemple par le contrôle "
                "humain des systèmes à haut risque et l'obligation d'informer.",
                "Des partenaires comme le Japon et l'Australie placent aussi les "
                "valeurs humaines au premier rang de leurs principes.",
            ],
            "sections": [
                (
                    "Une idée qui a une histoire",
                    "<p>En avril 2019, le groupe d'experts de haut niveau sur l'IA "
                    "a publié ses lignes directrices en matière d'éthique pour une "
                    "IA digne de confiance : une IA licite, éthique et robuste. Un "
                    "mois plus tard, les principes de l'OCDE sur l'IA ont fait des "
                    "valeurs centrées sur l'humain l'un de leurs cinq principes. "
                    "L'UE, le Japon, le Canada, l'Australie et la République de "
                    "Corée soutiennent tous ces principes.</p>",
                ),
                (
                    "Sept exigences en termes simples",
                    "<ul><li><strong>Action et contrôle humains :</strong> les "
                    "personnes gardent la main.</li><li><strong>Robustesse et "
                    "sécurité :</strong> le système fonctionne de façon fiable."
                    "</li><li><strong>Vie privée :</strong> les données "
                    "personnelles sont protégées.</li><li><strong>Transparence :"
                    "</strong> on sait qu'on a affaire à une IA.</li><li><strong>"
                    "Équité :</strong> personne n'est traité injustement.</li>"
                    "<li><strong>Bien-être sociétal et environnemental.</strong>"
                    "</li><li><strong>Responsabilité :</strong> il existe des voies "
                    "de recours.</li></ul>",
                ),
            ],
        },
        "ja": {
            "title": "人間中心のAIとは",
            "intro": (
                "人間中心のAIとは、人がAIに仕えるのではなく、AIが人に仕えるべきだと"
                "いう考え方です。この解説では、その考え方の由来と、EUの法律や国際的な"
                "原則がそれをどのように具体的な要件にしているかを紹介します。"
            ),
            "takeaways": [
                "人間中心のAIとは、人々に役立ち、その権利を尊重し、人間による実質的な"
                "管理の下にあるAIのことです。",
                "この考え方は、2019年のEUの「信頼できるAIのための倫理ガイドライン」"
                "と同年のOECD AI原則に由来します。",
                "AI法は、高リスクシステムへの人間の監督や情報提供の義務などを通じて"
                "これを法律にしています。",
                "日本やオーストラリアなどのパートナーも、自らのAI原則で人間中心の"
                "価値を第一に掲げています。",
            ],
            "sections": [
                (
                    "歴史のある考え方",
                    "<p>2019年4月、AIに関するハイレベル専門家グループは「信頼できる"
                    "AIのための倫理ガイドライン」を公表し、AIは合法的で、倫理的で、"
                    "堅牢であるべきだとしました。その1か月後、OECD AI原則は人間中心の"
                    "価値を5つの原則の1つに掲げました。EU、日本、カナダ、"
                    "オーストラリア、韓国はいずれもこれらの原則を支持しています。"
                    "</p>",
                ),
                (
                    "わかりやすく言い換えた7つの要件",
                    "<ul><li><strong>人間の主体性と監督：</strong>人が主導権を持ち、"
                    "介入できること。</li><li><strong>堅牢性と安全性：</strong>"
                    "確実に動作し、安全に停止すること。</li><li><strong>"
                    "プライバシー：</strong>個人データが守られること。</li><li>"
                    "<strong>透明性：</strong>AIを相手にしていると分かること。</li>"
                    "<li><strong>公平性：</strong>誰も不当に扱われないこと。</li>"
                    "<li><strong>社会と環境の幸福。</strong></li><li><strong>"
                    "説明責任：</strong>救済を求める手段があること。</li></ul>",
                ),
            ],
        },
        "ko": {
            "title": "인간 중심 AI란 무엇인가",
            "intro": (
                "인간 중심 AI는 사람이 AI를 섬기는 것이 아니라 AI가 사람을 위해 "
                "존재해야 한다는 생각입니다. 이 해설은 이 생각이 어디에서 왔으며, "
                "EU 법과 국제 원칙이 이를 어떻게 구체적인 요건으로 만드는지 "
                "보여 줍니다."
            ),
            "takeaways": [
                "인간 중심 AI는 사람에게 도움이 되고, 권리를 존중하며, 사람의 "
                "실질적인 통제 아래 있는 AI입니다.",
                "이 생각은 2019년 EU의 '신뢰할 수 있는 AI를 위한 윤리 지침'과 "
                "같은 해의 OECD AI 원칙에서 나왔습니다.",
                "AI법은 고위험 시스템에 대한 사람의 감독과 정보 제공 의무 등을 "
                "통해 이를 법으로 만들었습니다.",
                "일본과 호주 같은 파트너도 자국의 AI 원칙에서 인간 중심의 가치를 "
                "가장 앞에 둡니다.",
            ],
            "sections": [
                (
                    "역사가 있는 생각",
                    "<p>2019년 4월 AI 고위급 전문가 그룹은 '신뢰할 수 있는 AI를 "
                    "위한 윤리 지침'을 발표하여 AI가 합법적이고 윤리적이며 견고해야 "
                    "한다고 밝혔습니다. 한 달 뒤 OECD AI 원칙은 인간 중심의 가치를 "
                    "다섯 가지 원칙 중 하나로 삼았습니다. EU, 일본, 캐나다, 호주, "
                    "대한민국은 모두 이 원칙을 지지합니다.</p>",
                ),
                (
                    "쉽게 풀어 쓴 일곱 가지 요건",
                    "<ul><li><strong>인간의 주체성과 감독:</strong> 사람이 주도하고 "
                    "개입할 수 있습니다.</li><li><strong>견고성과 안전:</strong> "
                    "시스템이 안정적으로 작동합니다.</li><li><strong>개인정보 보호:"
                    "</strong> 개인 데이터가 보호됩니다.</li><li><strong>투명성:"
                    "</strong> AI를 상대하고 있다는 것을 알 수 있습니다.</li><li>"
                    "<strong>공정성:</strong> 누구도 부당하게 대우받지 않습니다."
                    "</li><li><strong>사회와 환경의 안녕.</strong></li><li><strong>"
                    "책임성:</strong> 구제를 요청할 방법이 있습니다.</li></ul>",
                ),
            ],
        },
    },
    "working-with-partners-on-ai": {
        "fr": {
            "title": (
                "Comment l'UE coopère avec le Japon, le Canada, l'Australie et la "
                "République de Corée sur l'IA"
            ),
            "intro": (
                "L'IA ne connaît pas de frontières, ses risques non plus. L'UE "
                "travaille avec des partenaires qui partagent ses valeurs pour que "
                "des règles différentes restent compatibles et pour promouvoir une "
                "IA digne de confiance dans le monde."
            ),
            "takeaways": [
                "L'UE a conclu des partenariats numériques avec le Japon (2022), la "
                "République de Corée (2022) et le Canada (2023), et mène un "
                "dialogue numérique avec l'Australie.",
                "Chaque partenaire réglemente l'IA à sa manière : la Corée par une "
                "loi-cadre en vigueur depuis janvier 2026, le Japon par une loi de "
                "promotion et des lignes directrices.",
                "La coopération vise des règles compatibles, pour qu'un même "
                "ensemble d'essais et de documents serve sur plusieurs marchés.",
                "Les partenaires travaillent aussi ensemble dans le processus "
                "d'Hiroshima du G7, à l'OCDE et au sein du Partenariat mondial sur "
                "l'IA.",
            ],
            "sections": [
                (
                    "Pourquoi coopérer",
                    "<p>Les systèmes d'IA sont conçus dans un pays, entraînés sur "
                    "des données venues de nombreux autres et utilisés partout. Si "
                    "chaque pays fixe des règles incompatibles, les entreprises "
                    "paient deux fois et les personnes sont inégalement protégées. "
                    "Coopérer ne veut pas dire copier les lois des autres : chacun "
                    "décide de ses règles par ses propres voies démocratiques.</p>",
                ),
                (
                    "Japon",
                    "<p>Le Japon a été le premier pays à conclure un partenariat "
                    "numérique avec l'UE, en mai 2022. Il a présidé le processus "
                    "d'Hiroshima du G7 sur l'IA en 2023 et a adopté en mai 2025 une "
                    "loi de promotion de l'IA, qui mise sur des orientations plutôt "
                    "que sur des interdictions ou des amendes.</p>",
                ),
            ],
        },
        "ja": {
            "title": (
                "EUは日本、カナダ、オーストラリア、韓国とAIでどのように協力しているか"
            ),
            "intro": (
                "AIは国境を越え、そのリスクも国境を越えます。EUは価値観を共有する"
                "パートナーと協力して、異なるルールどうしの互換性を保ち、信頼できる"
                "AIを世界に広めています。"
            ),
            "takeaways": [
                "EUは日本（2022年）、韓国（2022年）、カナダ（2023年）とデジタル・"
                "パートナーシップを結び、オーストラリアとはデジタル対話を行って"
                "います。",
                "AIの規制の仕方はパートナーごとに異なります。韓国は2026年1月施行の"
                "基本法、日本は推進法とガイドラインで対応しています。",
                "協力の目的は互換性のあるルールであり、1組の試験と文書で複数の市場に"
                "対応できるようにすることです。",
                "パートナーはG7広島AIプロセス、OECD、GPAIでも協力しています。",
            ],
            "sections": [
                (
                    "なぜ協力するのか",
                    "<p>AIシステムはある国で開発され、多くの国のデータで学習し、"
                    "あらゆる場所で使われます。各国が互換性のないルールを定めれば、"
                    "企業は二重のコストを負い、人々の保護にはばらつきが生じます。"
                    "協力とは互いの法律をまねることではありません。各パートナーは"
                    "それぞれの民主的な手続きでルールを決めます。</p>",
                ),
                (
                    "日本",
                    "<p>日本は2022年5月、EUとデジタル・パートナーシップを結んだ"
                    "最初の国です。2023年にはG7広島AIプロセスを主導し、2025年5月には"
                    "禁止や罰金ではなく指針に基づくAI推進法を制定しました。</p>",
                ),
            ],
        },
        "ko": {
            "title": (
                "EU는 일본, 캐나다, 호주, 대한민국과 AI 분야에서 어떻게 협력하는가"
            ),
            "intro": (
                "AI는 국경을 넘나들고, 그 위험도 마찬가지입니다. EU는 가치를 공유하는 "
                "파트너와 협력하여 서로 다른 규칙이 호환되도록 하고 신뢰할 수 있는 "
                "AI를 전 세계에 확산하고 있습니다."
            ),
            "takeaways": [
                "EU는 일본(2022년), 대한민국(2022년), 캐나다(2023년)와 디지털 "
                "파트너십을 맺었고, 호주와는 디지털 대화를 하고 있습니다.",
                "파트너마다 AI를 규제하는 방식이 다릅니다. 한국은 2026년 1월 "
                "시행된 기본법으로, 일본은 진흥법과 지침으로 대응합니다.",
                "협력의 목표는 호환되는 규칙으로, 한 가지 시험과 문서로 여러 "
                "시장에 대응할 수 있게 하는 것입니다.",
                "파트너들은 G7 히로시마 AI 프로세스, OECD, GPAI에서도 협력합니다.",
            ],
            "sections": [
                (
                    "왜 협력하는가",
                    "<p>AI 시스템은 한 나라에서 개발되어 여러 나라의 데이터로 "
                    "학습하고 어디서나 사용됩니다. 나라마다 호환되지 않는 규칙을 "
                    "정하면 기업은 이중 비용을 부담하고 사람들은 고르지 못한 보호를 "
                    "받게 됩니다. 협력은 서로의 법을 베끼는 것이 아닙니다. 각 "
                    "파트너는 자체 민주적 절차로 규칙을 정합니다.</p>",
                ),
                (
                    "대한민국",
                    "<p>대한민국은 2022년 11월 EU와 디지털 파트너십을 맺었습니다. "
                    "2026년 1월에는 고영향 AI와 생성형 AI의 투명성 의무를 담은 "
                    "인공지능 기본법이 시행되었으며, EU와 한국은 두 법의 경험을 "
                    "정기적으로 교환하고 있습니다.</p>",
                ),
            ],
        },
    },
}

# News items and events by slug: title, intro and a shorter body.
NEWS = {
    "seoul-seminar-ai-basic-act-and-ai-act": {
        "fr": {
            "title": (
                "À Séoul, un séminaire compare la loi-cadre coréenne sur l'IA et "
                "la loi européenne sur l'IA"
            ),
            "intro": (
                "Un séminaire public à Séoul a examiné comment les deux lois "
                "repèrent les systèmes d'IA qui demandent le plus de précautions "
                "et rendent reconnaissables les contenus générés par l'IA."
            ),
            "body": (
                "<p>Le 10 septembre 2026, le programme a tenu à Séoul un séminaire "
                "public sur la loi-cadre coréenne sur l'IA et la loi européenne sur "
                "l'IA. Les deux lois imposent des obligations supplémentaires pour "
                "l'IA à fort impact ; les participants ont comparé où chacune "
                "trace la limite et comment étiqueter les contenus générés par "
                "l'IA d'un pays à l'autre.</p>"
            ),
        },
        "ja": {
            "title": "ソウルのセミナーで韓国のAI基本法とEUのAI法を比較",
            "intro": (
                "ソウルで開かれた公開セミナーでは、二つの法律が最も注意を要するAI"
                "システムをどのように特定し、AI生成コンテンツをどのように識別可能に"
                "するかを検討しました。"
            ),
            "body": (
                "<p>2026年9月10日、本プログラムはソウルで韓国のAI基本法とEUのAI法"
                "に関する公開セミナーを開催しました。両法とも影響の大きいAIに追加の"
                "義務を課しています。参加者は、それぞれの法律がどこに線を引くのか、"
                "国境を越えてAI生成コンテンツにどう表示を付けるのかを議論しました。"
                "</p>"
            ),
        },
        "ko": {
            "title": "서울 세미나, 한국 AI 기본법과 EU AI법 비교",
            "intro": (
                "서울에서 열린 공개 세미나에서 두 법이 가장 주의가 필요한 AI "
                "시스템을 어떻게 가려내고, AI가 생성한 콘텐츠를 어떻게 알아볼 수 "
                "있게 하는지 살펴보았습니다."
            ),
            "body": (
                "<p>2026년 9월 10일 본 프로그램은 서울에서 대한민국 인공지능 "
                "기본법과 EU AI법에 관한 공개 세미나를 열었습니다. 두 법 모두 "
                "영향이 큰 AI에 추가 의무를 부과합니다. 참가자들은 각 법이 어디에 "
                "선을 긋는지, 국경을 넘어 AI 생성 콘텐츠에 어떻게 표시를 할 수 "
                "있는지 논의했습니다.</p>"
            ),
        },
    },
    "tokyo-workshop-eu-japan-study": {
        "fr": {
            "title": (
                "Un atelier à Tokyo présentera l'étude UE–Japon sur la gestion des "
                "risques de l'IA"
            ),
            "intro": (
                "Le 20 janvier 2027, un atelier public à Tokyo présentera les "
                "résultats d'une étude conjointe sur la manière dont l'UE et le "
                "Japon demandent aux organisations de gérer les risques de l'IA, "
                "suivi d'une présentation en ligne."
            ),
            "body": (
                "<p>Les entreprises actives dans l'UE et au Japon rencontrent deux "
                "cadres différents : la loi sur l'IA, contraignante, et les lignes "
                "directrices japonaises pour les entreprises, volontaires. L'étude "
                "conjointe recense les points où un seul ensemble de pratiques et "
                "de documents pourrait servir les deux. L'atelier se tiendra en "
                "anglais et en japonais, avec interprétation.</p>"
            ),
        },
        "ja": {
            "title": (
                "東京のワークショップで、AIリスク管理に関するEU・日本共同研究を発表"
            ),
            "intro": (
                "2027年1月20日、東京で公開ワークショップを開き、EUと日本が組織に"
                "求めるAIのリスク管理についての共同研究の成果を発表します。その後、"
                "オンライン説明会も開きます。"
            ),
            "body": (
                "<p>EUと日本の両方でAIを開発・利用する企業は、拘束力のあるEUのAI法"
                "と、任意の「AI事業者ガイドライン」という二つの枠組みに向き合います。"
                "共同研究は、一組のリスク管理の実務と文書で両方に対応できる点を"
                "明らかにしました。ワークショップは英語と日本語（通訳付き）で行い"
                "ます。</p>"
            ),
        },
        "ko": {
            "title": "도쿄 워크숍에서 AI 위험 관리에 관한 EU–일본 공동 연구 발표",
            "intro": (
                "2027년 1월 20일 도쿄에서 공개 워크숍을 열어 EU와 일본이 조직에 "
                "요구하는 AI 위험 관리에 관한 공동 연구 결과를 발표하고, 이어서 "
                "온라인 설명회를 엽니다."
            ),
            "body": (
                "<p>EU와 일본 모두에서 AI를 개발하거나 사용하는 기업은 구속력 있는 "
                "EU AI법과 자율적인 일본의 'AI 사업자 가이드라인'이라는 두 가지 "
                "체계를 마주합니다. 공동 연구는 한 가지 위험 관리 관행과 문서로 두 "
                "체계에 모두 대응할 수 있는 지점을 찾았습니다. 워크숍은 영어와 "
                "일본어(통역 제공)로 진행됩니다.</p>"
            ),
        },
    },
}

EVENTS = {
    "conference-human-centric-ai-partners": {
        "fr": {
            "title": "Conférence : une IA centrée sur l'humain avec nos partenaires",
            "intro": (
                "La conférence annuelle du programme fait le point sur la manière "
                "dont l'UE et le Japon, le Canada, l'Australie et la République de "
                "Corée mettent en pratique une IA digne de confiance et centrée sur "
                "l'humain. À Bruxelles et retransmise en ligne."
            ),
            "body": (
                "<p>Une année de nouvelles règles, de normes et de coopération : la "
                "conférence réunit des responsables publics, des chercheurs, des "
                "entreprises et la société civile de l'UE et de ses quatre "
                "partenaires pour discuter de ce qui a fonctionné et de ce qui "
                "manque encore.</p><ul><li><strong>Matin :</strong> l'état des "
                "règles sur l'IA dans l'UE et chez les partenaires.</li><li>"
                "<strong>Après-midi :</strong> sessions parallèles sur les normes "
                "et les essais, la transparence des contenus générés par l'IA et "
                "l'IA dans les services publics.</li><li><strong>Clôture :</strong> "
                "les priorités de coopération pour l'année à venir.</li></ul>"
            ),
        },
        "ja": {
            "title": "会議：パートナーとともに考える人間中心のAI",
            "intro": (
                "本プログラムの年次会議では、EUと日本、カナダ、オーストラリア、韓国が"
                "信頼できる人間中心のAIをどのように実践しているかを振り返ります。"
                "ブリュッセルで開催し、オンラインでも配信します。"
            ),
            "body": (
                "<p>新しいルール、標準、協力の1年を振り返り、EUと4つのパートナーの"
                "政府関係者、研究者、企業、市民社会が、うまくいったことと今後の課題に"
                "ついて議論します。</p><ul><li><strong>午前：</strong>EUとパートナー"
                "各国のAIルールの現状。</li><li><strong>午後：</strong>標準と試験、"
                "AI生成コンテンツの透明性、公共サービスにおけるAIに関する分科会。"
                "</li><li><strong>閉会：</strong>来年の協力の優先事項。</li></ul>"
            ),
        },
        "ko": {
            "title": "회의: 파트너와 함께하는 인간 중심 AI",
            "intro": (
                "프로그램의 연례 회의에서는 EU와 일본, 캐나다, 호주, 대한민국이 "
                "신뢰할 수 있는 인간 중심 AI를 어떻게 실천하고 있는지 "
                "돌아봅니다. 브뤼셀에서 열리며 온라인으로도 중계됩니다."
            ),
            "body": (
                "<p>새로운 규칙, 표준, 협력의 한 해를 돌아보며 EU와 네 파트너의 "
                "공무원, 연구자, 기업, 시민사회가 효과가 있었던 것과 아직 부족한 "
                "것을 논의합니다.</p><ul><li><strong>오전:</strong> EU와 파트너 "
                "국가의 AI 규칙 현황.</li><li><strong>오후:</strong> 표준과 시험, "
                "AI 생성 콘텐츠의 투명성, 공공 서비스의 AI에 관한 분과 "
                "세션.</li><li><strong>폐회:</strong> 내년 협력의 우선순위.</li>"
                "</ul>"
            ),
        },
    },
}

TAKEAWAYS_TITLE = {"fr": "À retenir", "ja": "要点", "ko": "핵심 요약"}


def _explainer_body(code: str, text: dict) -> list:
    body = [("takeaways", {"title": TAKEAWAYS_TITLE[code], "items": text["takeaways"]})]
    for heading, paragraph in text["sections"]:
        body += [("heading", heading), ("paragraph", paragraph)]
    return body


def _translate(page: Page, locale: Locale, fields: dict, made: list) -> Page | None:
    """A draft copy of `page` in `locale` with `fields`, or None when the page
    already has a translation there (or its parent has none)."""
    if page.has_translation(locale):
        return None
    parent = page.get_parent()
    if not parent.is_root() and not parent.has_translation(locale):
        return None
    translated = page.specific.copy_for_translation(locale)
    # The English search title and description would otherwise stay: the page's
    # description falls back to its translated intro.
    translated.seo_title = ""
    translated.search_description = ""
    for name, value in fields.items():
        setattr(translated, name, value)
    made.append(translated)
    return translated


def create_demo_translations() -> list[Page]:
    """Translate the demo home page, its sections and some of their pages into
    French, Japanese and Korean; return the pages it made."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or not isinstance(site.root_page.specific, HomePage):
        return []
    home = site.root_page.specific
    made: list[Page] = []
    for code in LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        _translate(home, locale, HOME[code], made)
        for model, texts in SECTIONS.items():
            for index in model.objects.child_of(home):
                _translate(index, locale, texts[code], made)
        for slug, texts in EXPLAINERS.items():
            for page in ExplainerPage.objects.descendant_of(home).filter(slug=slug):
                text = texts[code]
                fields = {"title": text["title"], "intro": text["intro"]}
                fields["body"] = _explainer_body(code, text)
                _translate(page, locale, fields, made)
        for model, items in ((NewsPage, NEWS), (EventPage, EVENTS)):
            for slug, texts in items.items():
                for page in model.objects.descendant_of(home).filter(slug=slug):
                    text = texts[code]
                    fields = {"title": text["title"], "intro": text["intro"]}
                    fields["body"] = [("paragraph", text["body"])]
                    _translate(page, locale, fields, made)
    _link_translated_explainers(made)
    for page in made:
        page.save_revision().publish()
    return made


def _link_translated_explainers(pages: list[Page]) -> None:
    """A translated page's featured and related explainers lead to their
    translations where those exist, like its other links."""
    translations = {
        (page.translation_key, page.locale_id): page
        for page in pages
        if isinstance(page, ExplainerPage)
    }
    for page in pages:
        for relation in ("featured_explainers", "related_explainers"):
            if not hasattr(page, relation):
                continue
            items = list(getattr(page, relation).all())
            for item in items:
                explainer = item.explainer
                key = (explainer.translation_key, page.locale_id)
                item.explainer = translations.get(key, explainer)
            setattr(page, relation, items)
