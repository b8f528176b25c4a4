"""Demo questions and replies in the domain Leefomgeving: spatial planning, housing, public
space and safety (same shape as leefomgeving.py)."""

LEEFOMGEVING_RUIMTE = [
    # ------------------------------------------------------------------
    # Leefomgeving: omgevingswet en ruimtelijke ordening
    # ------------------------------------------------------------------
    {
        "category": "omgevingswet-en-ruimtelijke-ordening",
        "title": "Bruidsschat opschonen in het omgevingsplan: hoe ver zijn jullie?",
        "asker": "dkok",
        "days_ago": 180,
        "body": """Sinds de inwerkingtreding van de **Omgevingswet** bestaat ons omgevingsplan uit de oude bestemmingsplannen plus de bruidsschat. We moeten vóór de wettelijke termijn een volwaardig omgevingsplan hebben, maar we hebben nog geen plan van aanpak.

Wij twijfelen tussen twee strategieën:

- **thematisch**: per onderwerp (bijvoorbeeld geluid of bodem) de regels voor de hele gemeente tegelijk omzetten;
- **gebiedsgericht**: per gebied het hele omgevingsplan in één keer herschrijven.

**Welke strategie hebben jullie gekozen, en hoeveel capaciteit kost het?** Ook benieuwd of jullie de bruidsschat-regels vooral overnemen of juist schrappen.""",
        "replies": [
            ("mhoekstra", 176, """Wij hebben gekozen voor een **thematische aanpak** en zijn begonnen met de bruidsschatregels voor geluid, geur en bodem. Reden: die regels gelden overal en daar werken de omgevingsdienst en wij het meest mee.

Per thema ongeveer vier tot zes maanden, met een team van drie juristen en een beleidsmedewerker. We schrappen ongeveer een derde van de bruidsschatregels omdat ze in onze gemeente niet relevant zijn (bijvoorbeeld agrarische bedrijfsactiviteiten in het centrum).

Onderschat de tijd voor het **toepasbare regels**-gedeelte in het DSO niet. Dat kostte ons meer dan de juridische tekst zelf."""),
            ("kdegroot", 170, """Wij doen het **gebiedsgericht**, en zijn gestart in een nieuwbouwwijk waar toch een nieuw plan nodig was. Dat heeft als voordeel dat je direct ervaring opdoet met het hele instrumentarium.

Nadeel: de rest van de gemeente blijft voorlopig een lappendeken. We werken met externe inhuur voor ongeveer € 250.000 per jaar. Dat zou ik anders doen: liever twee vaste juristen opleiden."""),
            ("tkramer", 165, """Kleine gemeente hier, en wij sluiten aan bij een **regionaal traject** met vier buurgemeenten en de omgevingsdienst. Samen maken we een standaard voor de bruidsschatregels, die iedere gemeente daarna lokaal aanpast.

Dat scheelt ons echt veel werk. Wel kost het afstemmen tijd, reken op een jaar voordat de standaard er ligt."""),
        ],
    },
    {
        "category": "omgevingswet-en-ruimtelijke-ordening",
        "title": "Participatie bij vergunningaanvragen: wanneer vragen jullie 'meer' dan de verslaglegging?",
        "asker": "mhoekstra",
        "days_ago": 70,
        "body": """Onder de Omgevingswet moet de aanvrager aangeven of en hoe er **participatie** heeft plaatsgevonden. De gemeenteraad kan gevallen aanwijzen waarin participatie verplicht is bij een buitenplanse omgevingsplanactiviteit.

Onze raad wil graag een lijst vaststellen, maar we zijn bang voor een bureaucratisch gedrocht waar initiatiefnemers op afhaken.

**Voor welke activiteiten hebben jullie participatie verplicht gesteld, en hoe toetsen jullie of die participatie voldoende was?**""",
        "replies": [
            ("dkok", 67, """Onze raad heeft **vijf categorieën** aangewezen, waaronder windturbines, zonneparken groter dan 1 hectare, bouwplannen hoger dan 15 meter en transformatie van kantoren naar meer dan tien woningen.

We toetsen niet inhoudelijk, maar kijken of het participatieverslag voldoet aan een korte checklist: wie is benaderd, hoe, wat is er opgehaald, wat is er mee gedaan. Dat werkt goed. Initiatiefnemers waarderen de duidelijkheid."""),
            ("aprins", 63, """Wij hebben bewust **geen lijst** vastgesteld, maar een participatiehandreiking gemaakt voor initiatiefnemers. De ervaring is dat grote ontwikkelaars het toch al goed doen, en dat particulieren vooral hulp nodig hebben bij het informeren van de buren.

Na een jaar evalueren we. Tot nu toe zien we geen toename van bezwaarschriften."""),
        ],
    },
    {
        "category": "omgevingswet-en-ruimtelijke-ordening",
        "title": "Adviesrecht gemeenteraad bij buitenplanse omgevingsplanactiviteit: hoe werkt dat in de praktijk?",
        "asker": "kdegroot",
        "days_ago": 30,
        "body": """Onze raad heeft bij de invoering van de Omgevingswet **bindend adviesrecht** aangewezen voor een aantal buitenplanse omgevingsplanactiviteiten. In de praktijk merken we dat dit de doorlooptijd van vergunningen flink onder druk zet: de raad vergadert eens per maand en de wettelijke termijn loopt door.

Een aanvrager heeft inmiddels aangekondigd bij overschrijding een beroep te overwegen.

**Hoe hebben jullie het adviesrecht ingericht zodat de wettelijke termijnen gehaald worden?** Werken jullie bijvoorbeeld met een raadscommissie of met een vast raadsvoorstel-format?""",
        "replies": [
            ("dkok", 28, """Bij ons staat het adviesrecht als **vast agendapunt** op elke raadsvergadering, met een standaard raadsvoorstel van maximaal twee pagina's. De griffie heeft een sluitingsdatum voor aanlevering, en wij plannen de procedure vanaf die datum terug.

Daarnaast hebben we met de raad afgesproken dat we bij aanvragen die 'op de grens' zitten vooraf een informele bespreking in de commissie houden. Sindsdien halen we de termijnen."""),
            ("mhoekstra", 25, """Wij hebben de raad voorgesteld om de lijst met gevallen waarin adviesrecht geldt na een jaar te **versmallen**. Het bleek dat de raad in 90 procent van de gevallen positief adviseerde zonder discussie. De raad gaat nu alleen nog over grotere woningbouwprojecten en afwijkingen in het buitengebied. Dat scheelt veel tijd aan beide kanten."""),
        ],
    },
    # ------------------------------------------------------------------
    # Leefomgeving: wonen
    # ------------------------------------------------------------------
    {
        "category": "wonen",
        "title": "Tijdelijke flexwoningen: waar plaatsen jullie ze en voor wie?",
        "asker": "kdegroot",
        "days_ago": 140,
        "body": """Wij willen de komende twee jaar ongeveer **150 tijdelijke flexwoningen** realiseren voor spoedzoekers: mensen na een scheiding, statushouders, jongeren die uit een instelling komen. De grootste vragen zijn de locatie en de doelgroepmix.

Wat ons bezighoudt:

- Hoe lang staan de woningen er (10 of 15 jaar) en wat betekent dat voor de business case?
- Kiezen jullie voor gemengde complexen of per doelgroep?
- Hoe ging het met de omwonenden?

**Welke ervaringen hebben jullie met flexwonen, en wat zou je de volgende keer anders doen?**""",
        "replies": [
            ("hzwart", 137, """Wij hebben 64 flexwoningen neergezet op een braakliggend terrein dat over vijftien jaar wordt herontwikkeld. **Gemengd**: een derde statushouders, een derde spoedzoekers, een derde jongeren, met een beheerder die twee dagen per week aanwezig is.

De woningcorporatie is eigenaar, de gemeente stelde de grond beschikbaar tegen een lage erfpacht. Stichtingskosten ongeveer € 115.000 per woning. Doorlooptijd vanaf besluit tot oplevering: twee jaar, waarvan de helft aan procedures.

Wat ik anders zou doen: eerder een bewonerscommissie oprichten. De eerste maanden waren er veel kleine conflicten over afval en parkeren."""),
            ("dkok", 131, """Vanuit het omgevingsrecht een tip: kijk of je een **tijdelijke buitenplanse omgevingsplanactiviteit** voor maximaal tien jaar kunt gebruiken. Dat scheelt een volledige wijziging van het omgevingsplan. Wil je langer, reken dan op een langere procedure.

En maak vooraf heldere afspraken over wat er na de periode met de woningen gebeurt, zodat je niet over tien jaar een lastig gesprek krijgt met de bewoners."""),
            ("ivanderberg", 126, """Vanuit inburgering: gemengde complexen werken goed voor **statushouders**. Ze bouwen sneller een netwerk op en leren de taal sneller dan in een complex met alleen statushouders. Zorg wel dat de inburgeringsconsulent en het wijkteam er vanaf dag één bij zijn, en dat er een gemeenschappelijke ruimte is."""),
        ],
    },
    {
        "category": "wonen",
        "title": "Doorstroming senioren: heeft een verhuiscoach bij jullie effect?",
        "asker": "hzwart",
        "days_ago": 55,
        "body": """In onze gemeente wonen veel senioren in eengezinswoningen die voor hen eigenlijk te groot zijn, terwijl jonge gezinnen geen woning kunnen vinden. We overwegen een **verhuiscoach** die senioren begeleidt bij het zoeken naar een passende woning en bij de verhuizing zelf.

Samen met de corporaties denken we ook aan een verhuisvergoeding en het behoud van de oude huurprijs.

**Heeft een verhuiscoach bij jullie aantoonbaar geleid tot meer verhuizingen, en hoe hebben jullie dat gefinancierd?**""",
        "replies": [
            ("kdegroot", 52, """Ja, al is het bescheiden. Onze verhuiscoach (0,8 fte, in dienst van de corporatie, cofinanciering door gemeente) heeft in twee jaar **ongeveer 70 verhuizingen** begeleid. Elke verhuizing levert een eengezinswoning op voor een gezin.

Het belangrijkste is niet de vergoeding, maar de praktische hulp: opruimen, de nieuwe buurt verkennen, de inschrijving regelen. Senioren zien vooral op tegen de rompslomp."""),
            ("bwiersma", 48, """Wij koppelen het aan **Wmo-gesprekken**. Als een oudere een traplift of woningaanpassing aanvraagt, bespreekt de consulent ook of verhuizen een optie is. Dat is niet altijd welkom, maar in zo'n 15 procent van de gevallen kiezen mensen voor verhuizen. Dat scheelt ook op de Wmo-kosten."""),
            ("tmulder", 41, """Aanvulling: zorg dat er ook **geschikte woningen** zijn. Bij ons liep de verhuiscoach vast omdat er te weinig gelijkvloerse woningen in de eigen kern waren. Senioren willen vaak niet verder dan een paar kilometer verhuizen. Combineer het dus met je woningbouwprogramma."""),
        ],
    },
    # ------------------------------------------------------------------
    # Leefomgeving: openbare ruimte en mobiliteit
    # ------------------------------------------------------------------
    {
        "category": "openbare-ruimte-en-mobiliteit",
        "title": "Mobiliteitshubs in nieuwbouwwijken: hoe voorkom je dat ze leeg blijven?",
        "asker": "aprins",
        "days_ago": 100,
        "body": """In twee nieuwbouwwijken werken we met een **lage parkeernorm**, in ruil voor mobiliteitshubs met deelauto's, deelfietsen en bakfietsen. De vrees van de raad is dat de hubs leeg blijven of dat aanbieders na een paar jaar vertrekken.

Wij willen de exploitatie aanbesteden, maar vragen ons af wat een realistische bijdrage van de gemeente is.

**Hoe hebben jullie de exploitatie van mobiliteitshubs geregeld, en hoe is het gebruik na een paar jaar?**""",
        "replies": [
            ("mhoekstra", 97, """Wij hebben de ontwikkelaar verplicht om de hub de eerste **vijf jaar** te financieren via een mobiliteitsfonds. Daarna neemt een vereniging van eigenaren het over. Per woning zo'n € 1.500 eenmalig.

Het gebruik komt pas na ongeveer een jaar op gang, als de wijk vol is. Deelauto's worden goed gebruikt, bakfietsen minder dan verwacht."""),
            ("kdegroot", 93, """Onze ervaring: **zichtbaarheid en gemak** zijn alles. De hub moet op de route naar de uitvalsweg liggen, niet achter in een parkeergarage. Eén hub die we verkeerd hadden gepositioneerd is na twee jaar verplaatst.

Gemeentelijke bijdrage: ongeveer € 30.000 per jaar per hub voor de eerste drie jaar."""),
            ("hzwart", 88, """Wij geven nieuwe bewoners een **welkomstpakket** met een jaar gratis lidmaatschap van de deelauto-aanbieder. Dat is relatief goedkoop (ca. € 100 per huishouden) en het verlaagt de drempel enorm. Ruim 30 procent van de huishoudens is een jaar later nog betalend lid."""),
        ],
    },
    {
        "category": "openbare-ruimte-en-mobiliteit",
        "title": "Aanbesteding publieke laadpalen: concessie of vergunningenmodel?",
        "asker": "lvandenbroek",
        "days_ago": 260,
        "body": """Onze huidige concessie voor publieke laadpalen loopt over anderhalf jaar af. Er staan ruim 300 laadpunten, maar het aantal aanvragen groeit hard en de netcongestie maakt het ingewikkeld.

Twee opties:

- opnieuw een **concessie** voor een gebied, met één partij;
- een **vergunningenmodel**, waarbij meerdere partijen laadpalen kunnen plaatsen onder voorwaarden.

**Welk model hebben jullie gekozen en hoe gaat het met de uitrol en de tarieven?**""",
        "replies": [
            ("aprins", 255, """Wij zitten in een **regionale concessie** met zeven gemeenten. Voordeel: één partij, één tarief voor de gebruiker, en de provincie doet de aanbesteding. Nadeel: je hebt als individuele gemeente minder invloed op de locaties.

De doorlooptijd van aanvraag tot laadpaal is nu ongeveer vier maanden, waarvan de helft wachten op de netbeheerder."""),
            ("mjansen", 250, """Wij zijn overgestapt naar een **vergunningenmodel**. Het voordeel is dat er concurrentie is, maar het nadeel is een wildgroei aan tarieven en apps. We hebben nu een maximumtarief in de vergunningvoorwaarden opgenomen.

Wat ik anders zou doen: vooraf een laadvisie met **zoekgebieden** vaststellen. Anders gaan alle partijen alleen voor de lucratieve plekken in het centrum."""),
            ("sbos", 244, """Kleine gemeente: wij hebben aangesloten bij de **concessie van de provincie**. Zelf aanbesteden kost te veel capaciteit en een marktpartij vindt een paar tientallen laadpunten niet interessant. Werkt prima, de kosten voor de gemeente zijn nihil. Wel hebben we een vaste contactpersoon aangewezen die de aanvragen van inwoners doorzet en de locatievoorstellen van de concessiehouder toetst."""),
            ("rschouten", 240, """Eén aandachtspunt: denk ook aan **laadpleinen bij gemeentelijk vastgoed**. Wij hebben bij het gemeentehuis en de sporthal laadpalen geplaatst die 's avonds openbaar toegankelijk zijn. Die zitten buiten de concessie, maar het goed afspreken wie de stroom betaalt is nog een hoofdpijndossier."""),
        ],
    },
    # ------------------------------------------------------------------
    # Leefomgeving: openbare orde en veiligheid
    # ------------------------------------------------------------------
    {
        "category": "openbare-orde-en-veiligheid",
        "title": "Flexibel cameratoezicht bij overlast: ervaringen met mobiele camera's?",
        "asker": "cdekker",
        "days_ago": 75,
        "body": """De burgemeester wil bij tijdelijke overlast (bijvoorbeeld drugsdealen of jongerenoverlast in een park) sneller **mobiel cameratoezicht** kunnen inzetten op grond van artikel 151c Gemeentewet. We hebben nu alleen vaste camera's in het centrum.

Vragen:

- Huren of kopen jullie de camera's?
- Hoe regelen jullie het uitkijken (politie of eigen toezichthouders)?
- Hoe hebben jullie de **DPIA** en de aanwijzingsbesluiten ingericht?

**Wat heeft mobiel cameratoezicht bij jullie opgeleverd, en wat kost het per inzet?**""",
        "replies": [
            ("mvermeulen", 72, """Wij **huren** mobiele camera-units, gemiddeld € 2.000 per maand per unit inclusief onderhoud. We hebben een raamwerk-DPIA gemaakt voor alle inzetten, met per inzet een korte aanvulling.

Het uitkijken doet de meldkamer van de politie live tijdens de risicouren. Resultaat: de overlast verplaatste zich in het begin vooral, maar na drie maanden was het in het park en de omliggende straten duidelijk rustiger."""),
            ("gwillems", 69, """Een aanvulling: zorg voor een **vast aanwijzingsbesluit-format** dat de burgemeester snel kan tekenen. Bij ons zat er in eerste instantie drie weken tussen de overlast en de camera, en dan is het probleem vaak al verplaatst. Nu is het binnen een week geregeld.

Evalueer ook elke inzet. De raad wil weten of het helpt, en anders moet de camera weg."""),
        ],
    },
    {
        "category": "openbare-orde-en-veiligheid",
        "title": "Ondermijning op vakantieparken: hoe krijgen jullie zicht op wie er woont?",
        "asker": "ypost",
        "days_ago": 210,
        "body": """Op een aantal vakantieparken in onze regio zien we signalen van **ondermijning**: verhuur aan arbeidsmigranten via dubieuze bemiddelaars, permanente bewoning, vermoedens van drugsopslag. De parkeigenaren werken niet altijd mee.

Wij willen een integrale controle organiseren met politie, Belastingdienst, brandweer en de RIEC. Maar we merken dat we juridisch beperkte mogelijkheden hebben om vooraf gegevens te delen.

**Hoe hebben jullie een integrale aanpak van vakantieparken opgezet, en hoe hebben jullie de gegevensdeling geregeld?**""",
        "replies": [
            ("cdekker", 205, """Wij werken via het **RIEC-convenant**, waarin de gegevensdeling tussen de partners geregeld is. Voor elk park maken we een casus aan en bespreken we in het casusoverleg welke interventies passen: bestuurlijke handhaving, Bibob-toets bij vergunningen, of een fiscale controle.

We begonnen met twee parken, na een jaar waren er vier. Het kost ons ongeveer 0,6 fte aan coördinatie. Het belangrijkste resultaat: de parkeigenaren zien nu dat de overheid gezamenlijk optreedt."""),
            ("mvermeulen", 201, """Bij ons helpt een **registratieplicht voor het nachtregister** in de APV, waarop we ook daadwerkelijk controleren. Daarnaast hebben we de huisvesting van arbeidsmigranten op de parken in het omgevingsplan verboden en een alternatieve locatie aangewezen.

Advies: combineer handhaving altijd met een alternatief, anders verplaatst het probleem zich naar de woonwijken."""),
            ("gwillems", 195, """Wij hebben goede ervaringen met **integrale controledagen**: zes keer per jaar een onaangekondigde controle op één park met alle partners. Per controle ongeveer 25 mensen betrokken. De opbrengst in boetes is bescheiden, maar het signaal is sterk en we haalden bij elke controle wel iets boven tafel."""),
        ],
    },
]
