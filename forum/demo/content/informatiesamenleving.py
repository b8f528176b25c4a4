"""Demo questions and replies in the domain Informatiesamenleving."""

# Each thread: category slug, title, asker key, days ago asked, body (Markdown), replies.
# Each reply: (person key, days ago, body Markdown)
INFORMATIESAMENLEVING = [
    # ------------------------------------------------------------------
    # Informatiesamenleving: digitale dienstverlening
    # ------------------------------------------------------------------
    {
        "category": "digitale-dienstverlening",
        "title": "Chatbot op de gemeentelijke website: waardevol of vooral frustratie?",
        "asker": "jvos",
        "days_ago": 145,
        "body": """Ons klantcontactcentrum krijgt veel vragen die eigenlijk al op de website beantwoord worden: openingstijden, afvalkalender, paspoort aanvragen. We overwegen een **chatbot**, eventueel op basis van generatieve AI.

Zorgen die ik heb:

- inwoners die vastlopen en alsnog bellen (dubbel werk);
- toegankelijkheid voor mensen met beperkte digitale vaardigheden;
- privacy en de vraag of we AI mogen inzetten.

**Hebben jullie een chatbot, en hoe zijn de ervaringen qua klanttevredenheid en ontlasting van het KCC?**""",
        "replies": [
            ("wdejong", 141, """Wij hebben een chatbot op basis van **vaste antwoorden** (geen generatieve AI), gekoppeld aan onze producten- en dienstencatalogus. Hij beantwoordt ongeveer 60 procent van de vragen zelfstandig. Bij twijfel komt er een 'chat met een medewerker'-knop tijdens kantoortijden.

Kosten: ongeveer € 25.000 per jaar licentie plus 0,3 fte voor het bijhouden van de antwoorden. Dat laatste wordt vaak onderschat."""),
            ("fvanwijk", 136, """Voor generatieve AI zijn wij begonnen met een **pilot** waarin de chatbot alleen informatie van onze eigen website gebruikt. We hebben een DPIA en een algoritmetoets gedaan en het algoritme in het algoritmeregister opgenomen. Resultaat is veelbelovend, maar we houden hem voorlopig nog intern voor KCC-medewerkers."""),
            ("wsmit", 130, """Let op de **architectuur**. Wij hadden in eerste instantie een chatbot van de leverancier van ons zaaksysteem, die alleen met dat systeem kon praten. Kies liever een oplossing die via open standaarden en API's werkt, zodat je later kunt overstappen. Zie ook https://www.digitaleoverheid.nl voor de richtlijnen rond AI bij de overheid."""),
        ],
    },
    {
        "category": "digitale-dienstverlening",
        "title": "DigiD Machtigen voor mantelzorgers: hoe ondersteunen jullie inwoners?",
        "asker": "wdejong",
        "days_ago": 4,
        "body": """Steeds meer inwoners regelen gemeentezaken namens een ouder of familielid, bijvoorbeeld een Wmo-aanvraag of de kwijtschelding van gemeentelijke belastingen. Dat kan met **DigiD Machtigen**, maar in de praktijk lopen veel mensen vast en belt men het KCC.

We willen ervoor zorgen dat onze e-diensten goed werken met machtigingen en dat inwoners hulp krijgen bij het aanvragen. Misschien in samenwerking met het Informatiepunt Digitale Overheid in de bibliotheek.

**Hoe hebben jullie DigiD Machtigen ondersteund in jullie e-diensten, en hoe helpen jullie inwoners bij het aanvragen van een machtiging?**""",
        "replies": [],
    },
    # ------------------------------------------------------------------
    # Informatiesamenleving: informatieveiligheid en privacy
    # ------------------------------------------------------------------
    {
        "category": "informatieveiligheid-en-privacy",
        "title": "Overgang naar BIO2 en ENSIA: hoe organiseren jullie de verantwoording?",
        "asker": "fboukhari",
        "days_ago": 100,
        "body": """Met de overgang naar **BIO2** zijn we opnieuw aan het kijken hoe we de informatiebeveiliging en de verantwoording via ENSIA inrichten. Het afgelopen jaar was ENSIA bij ons vooral een papieren exercitie: veel tijd om vragen te beantwoorden, weinig echte verbetering.

We willen meer werken vanuit **risicomanagement** en de verantwoording als bijproduct zien.

**Hoe hebben jullie de BIO en ENSIA ingebed in de organisatie, en hoeveel capaciteit zetten jullie in op informatiebeveiliging?**""",
        "replies": [
            ("nmeijer", 97, """Wij hebben een **ISMS-tool** aangeschaft waarin we de controls, risico's en maatregelen bijhouden. De ENSIA-vragenlijst wordt voor het grootste deel automatisch gevuld vanuit die tool. Kosten ongeveer € 15.000 per jaar.

Het belangrijkste verschil zat niet in de tool, maar in het **eigenaarschap**: elke proceseigenaar is nu verantwoordelijk voor zijn eigen risico's, de CISO adviseert en toetst.

Capaciteit: CISO (1 fte), twee security officers en een privacy officer, voor een gemeente van ruim 150.000 inwoners."""),
            ("wsmit", 92, """Wij hebben bij de overgang naar BIO2 eerst een **gap-analyse** gedaan op basis van de nieuwe structuur, samen met onze regionale partners. Dat scheelde veel dubbel werk. Verder hebben we de DigiD- en Suwinet-audits geïntegreerd in één auditplanning, zodat de IT-afdeling niet drie keer per jaar dezelfde bewijsstukken hoeft te verzamelen."""),
        ],
    },
    {
        "category": "informatieveiligheid-en-privacy",
        "title": "DPIA op generatieve AI in de kantoortoepassingen: hoe pakken jullie dat aan?",
        "asker": "nmeijer",
        "days_ago": 40,
        "body": """Medewerkers vragen steeds vaker om **generatieve AI** in hun kantoortoepassingen, bijvoorbeeld voor het samenvatten van vergaderingen of het schrijven van conceptbrieven. De leverancier biedt de functionaliteit aan, maar wij hebben nog geen DPIA uitgevoerd.

Wij willen geen 'nee, tenzij' maar ook geen wildgroei. Vragen:

- Hebben jullie een eigen DPIA gedaan of gebruiken jullie landelijke DPIA's?
- Welke toepassingen staan jullie wel en niet toe?
- Hoe gaan jullie om met vertrouwelijke informatie en persoonsgegevens?

**Hoe hebben jullie generatieve AI in de kantoortoepassingen beoordeeld en wat zijn de afspraken voor medewerkers?**""",
        "replies": [
            ("fboukhari", 38, """Wij maken gebruik van de **landelijke DPIA's** die via de VNG en de rijksoverheid beschikbaar komen, en doen daarop een lokale aanvulling voor onze specifieke inrichting. Dat scheelt veel werk.

Op dit moment is generatieve AI bij ons alleen toegestaan voor **openbare informatie** en interne, niet-vertrouwelijke documenten. Alles met persoonsgegevens uit het sociaal domein is uitgesloten. Zie ook de informatie over AI op https://vng.nl."""),
            ("evisser", 33, """Vanuit informatiehuishouding: denk ook aan de **archivering**. Zijn door AI gemaakte samenvattingen van vergaderingen archiefwaardig? En vallen ze onder de Woo? Wij hebben afgesproken dat een samenvatting alleen wordt bewaard als een medewerker die heeft gecontroleerd en vastgesteld. Dat hebben we ook in de werkinstructie voor secretarissen van overleggen opgenomen."""),
            ("wsmit", 30, """Wij hebben een **AI-werkgroep** ingesteld met privacy, security, informatiehuishouding en een paar enthousiaste gebruikers. Zij beoordelen elke nieuwe toepassing aan de hand van een korte checklist. Sindsdien hebben we overzicht en melden medewerkers hun wensen, in plaats van dat ze zelf tools gaan gebruiken."""),
        ],
    },
    # ------------------------------------------------------------------
    # Informatiesamenleving: open overheid en informatiehuishouding
    # ------------------------------------------------------------------
    {
        "category": "open-overheid-en-informatiehuishouding",
        "title": "Woo-verzoeken binnen de termijn afhandelen: hoe lukt dat jullie?",
        "asker": "hgerritsen",
        "days_ago": 230,
        "body": """Het aantal **Woo-verzoeken** is bij ons flink gestegen, en de verzoeken worden steeds omvangrijker. We halen de wettelijke termijn in minder dan de helft van de gevallen. Het zoeken naar documenten in mailboxen en netwerkschijven kost het meeste tijd.

We overwegen:

- een centraal Woo-team in plaats van afhandeling door vakafdelingen;
- software voor het lakken van documenten;
- een vroegtijdig gesprek met de verzoeker om het verzoek af te bakenen.

**Hoe hebben jullie de afhandeling van Woo-verzoeken georganiseerd, en welk percentage wordt binnen de termijn afgehandeld?**""",
        "replies": [
            ("evisser", 226, """Wij hebben een **centraal Woo-team** van vier mensen, met een vaste contactpersoon per vakafdeling. Het team voert bij elk verzoek binnen een week een gesprek met de verzoeker. Bij ongeveer de helft van de verzoeken leidt dat tot een kleinere afbakening, of wordt de informatie al op een andere manier verstrekt.

We halen nu ongeveer 75 procent van de verzoeken binnen de termijn. Lak-software hielp ook, vooral bij grote hoeveelheden e-mails."""),
            ("nmeijer", 220, """Een privacy-tip: zorg dat het Woo-team goed samenwerkt met de **privacy officer**. Bij ons werden in het begin persoonsgegevens onvoldoende gelakt, wat tot een datalek leidde. We hebben nu een vier-ogenprincipe bij elk besluit en een korte lakinstructie met voorbeelden. Dat kost per besluit een paar uur extra, maar sindsdien hebben we geen incidenten meer gehad."""),
            ("jvos", 214, """Vanuit het KCC: ongeveer een kwart van de Woo-verzoeken die bij ons binnenkomen, zijn eigenlijk **gewone informatievragen**. Wij hebben afgesproken dat het KCC die eerst zelf probeert te beantwoorden. Dat scheelt het Woo-team veel werk en de inwoner heeft sneller antwoord."""),
        ],
    },
    {
        "category": "open-overheid-en-informatiehuishouding",
        "title": "E-mailarchivering volgens de Capstone-aanpak: ervaringen?",
        "asker": "evisser",
        "days_ago": 3,
        "body": """Wij willen de e-mail van sleutelfunctionarissen (burgemeester, wethouders, directie, griffier) **duurzaam bewaren** volgens de Capstone-aanpak. De mail van andere medewerkers wordt na een bepaalde termijn vernietigd, tenzij die in een zaak is opgeslagen.

Dit raakt zowel de Archiefwet als de Woo, en onze interne discussie gaat vooral over welke functies als sleutelfunctionaris gelden, hoe we privé-e-mails uitsluiten en welke technische oplossing we kiezen.

**Werken jullie al met de Capstone-aanpak voor e-mail, en hoe hebben jullie de selectie van sleutelfunctionarissen gemaakt?**""",
        "replies": [],
    },
    # ------------------------------------------------------------------
    # Informatiesamenleving: data en ICT-samenwerking
    # ------------------------------------------------------------------
    {
        "category": "data-en-ict-samenwerking",
        "title": "Common Ground in de praktijk: welke componenten draaien bij jullie al?",
        "asker": "wsmit",
        "days_ago": 280,
        "body": """Wij willen de komende jaren meer werken volgens de principes van **Common Ground**: gegevens bij de bron, losgekoppeld van applicaties, via API's ontsloten. In de praktijk zitten we nog vast aan een aantal grote pakketten.

Ik ben benieuwd hoe ver andere gemeenten zijn en welke componenten echt in productie draaien (bijvoorbeeld een zaakregistratiecomponent op basis van de ZGW API's, Open Formulieren of een eigen klantinteractieregistratie).

**Welke Common Ground-componenten gebruiken jullie in productie, en wat waren de grootste hobbels bij de implementatie?**""",
        "replies": [
            ("fvanwijk", 275, """Bij ons draaien **Open Zaak** en **Open Formulieren** in productie, gehost bij een gespecialiseerde leverancier. De implementatie duurde ongeveer een jaar, en het moeilijkste was niet de techniek maar de koppeling met de bestaande vakapplicaties.

Kosten: ongeveer € 60.000 per jaar voor hosting en ondersteuning, plus eenmalig ruim € 150.000 voor implementatie en koppelingen. Kijk ook op https://www.digitaleoverheid.nl voor de landelijke standaarden."""),
            ("jvos", 268, """Voor het KCC werken wij aan een **klantinteractieregistratie** die alle contacten met een inwoner vastlegt, onafhankelijk van het kanaal. Dat is samen met een paar andere gemeenten ontwikkeld. De grootste hobbel: afspraken over het beheer en de doorontwikkeling van een gezamenlijk product."""),
            ("fboukhari", 260, """Vanuit security: zorg dat je bij Common Ground-componenten van het begin af aan goed nadenkt over **autorisatie en logging**. Als gegevens via API's beschikbaar zijn, moet je heel precies regelen wie wat mag zien. Wij hebben daarvoor een apart beveiligingsontwerp gemaakt voordat we in productie gingen."""),
        ],
    },
    {
        "category": "data-en-ict-samenwerking",
        "title": "Datagedreven werken in het sociaal domein: hoe begin je met een dashboard?",
        "asker": "fvanwijk",
        "days_ago": 62,
        "body": """Ons sociaal domein wil meer sturen op basis van data. Het gaat om vragen als: hoeveel huishoudens krijgen zowel Wmo, jeugdhulp als bijstand? Welke wijken hebben de hoogste zorgkosten? Hebben onze interventies effect?

De data zitten in verschillende systemen en de privacy-aspecten zijn complex, zeker waar gegevens uit de Jeugdwet, de Wmo 2015 en de Participatiewet worden gecombineerd.

**Hoe hebben jullie een dashboard voor het sociaal domein opgezet, en hoe hebben jullie de privacy geregeld?**""",
        "replies": [
            ("wsmit", 59, """Wij werken met een **datawarehouse** waarin de gegevens gepseudonimiseerd worden samengevoegd. Analisten zien nooit namen of BSN's. Het dashboard laat alleen geaggregeerde cijfers zien, met een minimum van tien personen per cel.

Doorlooptijd tot de eerste versie: negen maanden, grotendeels door de DPIA en de afspraken over de grondslag. Kosten ongeveer € 200.000 eenmalig en 1,5 fte aan analisten."""),
            ("ohuisman", 56, """Kleine gemeente: wij hebben het met de **regio** gedaan. Eén analist voor vijf gemeenten, met een gezamenlijke monitor sociaal domein. Dat werkt goed, al is de vertaalslag naar lokale beleidsvragen soms lastig. Onze bijdrage is ongeveer € 20.000 per jaar. Tip: laat de analist eens per kwartaal bij elke gemeente aanschuiven bij het teamoverleg."""),
            ("rvanbeek", 52, """Vanuit jeugd: begin met **een paar goede vragen**, niet met een groot dashboard vol grafieken. Wij hadden in eerste instantie vijftig indicatoren en niemand keek ernaar. Nu hebben we vijf kernvragen per kwartaal, die we in een overleg met het management bespreken. Dat leidt echt tot beslissingen."""),
        ],
    },
]
