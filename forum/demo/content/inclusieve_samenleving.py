"""Demo questions and replies in the domain Inclusieve samenleving."""

# Each thread: category slug, title, asker key, days ago asked, body (Markdown), replies.
# Each reply: (person key, days ago, body Markdown)
INCLUSIEVE_SAMENLEVING = [
    # ------------------------------------------------------------------
    # Inclusieve samenleving: Wmo en zorg
    # ------------------------------------------------------------------
    {
        "category": "wmo-en-zorg",
        "title": "Huishoudelijke hulp: hoe houden jullie de kosten beheersbaar met het abonnementstarief?",
        "asker": "tmulder",
        "days_ago": 110,
        "body": """Sinds de invoering van het **abonnementstarief** in de Wmo 2015 is het aantal cliënten met huishoudelijke ondersteuning bij ons met ruim 25 procent gestegen. De budgetten staan fors onder druk en de wachtlijsten bij aanbieders groeien door personeelstekort.

We overwegen onder meer:

- een algemene voorziening voor schoonmaakondersteuning met een lager tarief;
- strengere toegang, met nadruk op eigen kracht en het netwerk;
- meer inzet van hulpmiddelen (bijvoorbeeld robotstofzuigers).

**Welke maatregelen hebben bij jullie het meeste effect gehad, en hoe reageerden inwoners en de Wmo-raad?**""",
        "replies": [
            ("bwiersma", 106, """Wij hebben een **algemene voorziening** ingericht voor lichte schoonmaakondersteuning, uitgevoerd door een sociale onderneming. Inwoners die alleen hulp bij schoonmaken nodig hebben gaan daarheen, de maatwerkvoorziening blijft voor mensen met een complexere situatie.

De kosten per uur liggen ongeveer 20 procent lager. De Wmo-raad was in het begin kritisch, maar is na een half jaar positief, mede omdat de wachttijd korter is geworden. Let goed op de juridische onderbouwing: de jurisprudentie over algemene voorzieningen is streng."""),
            ("ohuisman", 103, """Bij ons werkte vooral het **keukentafelgesprek aanscherpen**. Consulenten vragen nu veel explicieter naar wat familie en buren kunnen doen, en we bieden een 'startpakket' aan met praktische tips en hulpmiddelen. Ongeveer 10 procent minder nieuwe indicaties.

Zorg dat je consulenten daarvoor getraind worden. Het vraagt een ander gesprek, en je wilt geen inwoners die zich afgewezen voelen."""),
        ],
    },
    {
        "category": "wmo-en-zorg",
        "title": "Regionale aanbesteding Wmo-hulpmiddelen: hergebruik als eis opnemen?",
        "asker": "bwiersma",
        "days_ago": 45,
        "body": """Ons contract voor **Wmo-hulpmiddelen** (rolstoelen, scootmobielen, tilliften) loopt af en we gaan met vijf gemeenten regionaal aanbesteden. We willen circulariteit meenemen: meer hergebruik, reparatie in plaats van vervanging, en een terugnameplicht.

Tegelijk willen we de levertijden niet laten oplopen, want daar kregen we veel klachten over.

**Hebben jullie circulariteitseisen in een hulpmiddelencontract opgenomen, en hoe pakte dat uit voor prijs en levertijd?**""",
        "replies": [
            ("tmulder", 43, """Ja, wij hebben een **minimaal hergebruikpercentage** van 40 procent voor scootmobielen en rolstoelen opgenomen, met een bonus bij hoger percentage. De leverancier zit inmiddels op ruim 50 procent.

De prijs per hulpmiddel ging iets omhoog door de reparatie-uren, maar de totale kosten daalden doordat we minder nieuwe hulpmiddelen kochten. Levertijd: standaardhulpmiddelen binnen tien werkdagen, maatwerk binnen zes weken."""),
            ("ohuisman", 40, """Wij hebben **een depot** ingericht waar de leverancier teruggenomen hulpmiddelen opslaat en reviseert. Dat scheelt veel, maar let op de kwaliteitscontrole: een paar keer kwam een gereviseerde rolstoel niet goed aangepast bij een cliënt aan. Neem daarom een duidelijke intake- en afleverprocedure op in het contract."""),
        ],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: jeugd
    # ------------------------------------------------------------------
    {
        "category": "jeugd",
        "title": "Praktijkondersteuner jeugd bij de huisarts: verlaagt het echt de verwijzingen?",
        "asker": "rvanbeek",
        "days_ago": 160,
        "body": """Wij overwegen om in alle huisartsenpraktijken een **praktijkondersteuner jeugd** (POH-jeugd) te financieren. Het idee is dat lichte vragen dan bij de huisarts worden opgepakt in plaats van dat er direct een verwijzing naar specialistische jeugdhulp volgt.

Onder de Jeugdwet is de huisarts een belangrijke verwijzer, en bij ons komt ruim de helft van de verwijzingen via de huisarts.

**Hebben jullie goede ervaringen met de POH-jeugd, en zien jullie een aantoonbare daling in verwijzingen naar specialistische jeugdhulp?** Graag ook iets over de kosten en de aansturing.""",
        "replies": [
            ("lhendriks", 157, """Bij ons werken inmiddels twaalf POH's jeugd, in dienst van de gemeente en gedetacheerd bij de praktijken. Kosten ongeveer **€ 85.000 per fte** per jaar inclusief scholing en overhead.

Resultaat na twee jaar: in de praktijken met een POH-jeugd daalde het aantal verwijzingen naar specialistische jeugdhulp met ongeveer een kwart. Een deel van dat effect komt doordat de POH ook goed doorverwijst naar het voorliggend veld (schoolmaatschappelijk werk, sportclubs).

Wat ik anders zou doen: vanaf dag één een goede monitor opzetten. We hebben een jaar data gemist."""),
            ("ohuisman", 150, """Kleine gemeente hier: wij hebben de POH-jeugd ondergebracht bij het **sociaal team**, dat per week een dagdeel in elke praktijk zit. Dat werkt, vooral omdat de lijnen met het sociaal team kort zijn. Let wel op de relatie met de huisarts: zonder een huisarts die het wil, werkt het niet."""),
            ("tmulder", 144, """Onze ervaring is positief, maar kijk ook naar de **wachtlijsten bij de POH** zelf. Bij ons liep die in het tweede jaar op tot zes weken. We hebben daarom de inzet uitgebreid en de afspraak gemaakt dat de POH maximaal vijf gesprekken voert voordat er verwezen wordt."""),
        ],
    },
    {
        "category": "jeugd",
        "title": "Regionale inkoop specialistische jeugdhulp: ervaringen met een taakgerichte bekostiging?",
        "asker": "lhendriks",
        "days_ago": 35,
        "body": """Onze jeugdhulpregio overweegt over te stappen van een **inspanningsgerichte** bekostiging (betalen per uur of dagdeel) naar een **taakgerichte** bekostiging: een vast budget per aanbieder voor een bepaalde doelgroep of een bepaald gebied.

In het kader van de Hervormingsagenda Jeugd willen we minder administratieve lasten en meer sturing op resultaat. Maar we zijn bang dat de zorg voor complexe cases onder druk komt.

**Welke ervaringen hebben jullie met taakgerichte bekostiging in de jeugdhulp, en hoe voorkomen jullie dat cliënten tussen wal en schip vallen?**""",
        "replies": [
            ("rvanbeek", 33, """Wij werken sinds een aantal jaar met **taakgericht gecontracteerde aanbieders** per wijk. De administratieve lasten zijn flink gedaald: geen declaratie per cliënt meer, maar een jaarlijkse verantwoording op basis van afgesproken indicatoren.

Het vraagt wel veel **contractmanagement**. We hebben elk kwartaal gesprekken met de aanbieders over de wachttijden en de inzet. Eén keer hebben we het budget halverwege het jaar moeten bijstellen.

Zorg dat er een vangnet is voor complexe casuïstiek, bijvoorbeeld een regionaal expertteam met een apart budget."""),
            ("bwiersma", 29, """Wij hebben het in onze regio geprobeerd, maar zijn na drie jaar gedeeltelijk teruggegaan. Het probleem was dat kleine aanbieders uit de markt verdwenen en de grote aanbieders hun lijsten lieten oplopen. Nu hebben we een **mengvorm**: taakgericht voor de basis, inspanningsgericht voor specialistische zorg. Dat bevalt beter."""),
        ],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: werk en inkomen
    # ------------------------------------------------------------------
    {
        "category": "werk-en-inkomen",
        "title": "Beschut werk: hoe halen jullie de taakstelling en houden jullie het betaalbaar?",
        "asker": "hvanleeuwen",
        "days_ago": 130,
        "body": """Onder de **Participatiewet** hebben we een taakstelling voor beschut werk. We halen die al jaren niet, deels omdat het SW-bedrijf wordt afgebouwd en deels omdat de loonkostensubsidie niet de volledige kosten dekt.

We zoeken naar nieuwe vormen: beschut werk bij reguliere werkgevers, bij sociale ondernemingen of in een eigen werkleerbedrijf.

**Hoe hebben jullie beschut werk georganiseerd, en wat kost een plek bij jullie netto per jaar?**""",
        "replies": [
            ("ypost", 126, """Wij hebben een **eigen werkleerbedrijf** met een afdeling voor beschut werk: groenonderhoud, inpakwerk en een fietsenmakerij. Netto kost een plek ons ongeveer € 8.000 per jaar boven op de rijksvergoeding, vooral door de begeleiding.

We halen de taakstelling inmiddels wel, maar alleen omdat we actief zoeken in het praktijkonderwijs en het voortgezet speciaal onderwijs. Laat jongeren al tijdens de stage kennismaken, dan is de overstap veel kleiner."""),
            ("ohuisman", 122, """Wij detacheren beschut werkers bij **reguliere werkgevers**, met een jobcoach vanuit de gemeente. Werkgevers betalen een inleenvergoeding. Het is kostenefficiënter, maar het vinden van werkgevers kost veel tijd. Onze werkgeversdienstverlening besteedt er ongeveer 0,5 fte aan. Netto kost een plek ons zo'n € 5.000 per jaar, dus duidelijk minder dan in het oude SW-bedrijf."""),
            ("ivanderberg", 117, """Een aandachtspunt vanuit inburgering: er zijn statushouders met een arbeidsbeperking die in aanmerking komen voor beschut werk, maar door de taalbarrière vaak buiten beeld blijven. Wij hebben daarom een **gecombineerd traject** met taalles op de werkvloer. Dat heeft bij ons vijf extra plekken opgeleverd."""),
        ],
    },
    {
        "category": "werk-en-inkomen",
        "title": "Bijverdienen in de bijstand stimuleren: ervaringen met een vrijlatingsregeling?",
        "asker": "ypost",
        "days_ago": 65,
        "body": """Veel bijstandsgerechtigden durven geen parttime werk aan te nemen omdat ze bang zijn voor terugvorderingen en inkomensschommelingen. We willen de **vrijlatingsregelingen** in de Participatiewet actiever inzetten en inwoners beter begeleiden bij wisselende inkomsten.

Zaken waar we aan denken:

- een vaste contactpersoon die de inkomstenopgave samen met de inwoner doet;
- een buffer om schommelingen op te vangen;
- duidelijke voorbeeldberekeningen.

**Hoe stimuleren jullie parttime werk naast de bijstand, en hoe voorkomen jullie terugvorderingen?**""",
        "replies": [
            ("hvanleeuwen", 61, """Wij werken met een **vaste inkomensconsulent** voor iedereen met parttime inkomsten. De inwoner levert elke maand de loonstrook in via een simpele app, en de consulent verrekent binnen vijf werkdagen. Daarnaast betalen we bij wisselende inkomsten een voorschot op basis van een gemiddelde.

Aantal terugvorderingen in deze groep is met ongeveer 40 procent gedaald. Het kost wel extra capaciteit."""),
            ("ayilmaz", 58, """Vanuit schuldhulpverlening: terugvorderingen zijn bij ons een belangrijke oorzaak van nieuwe schulden. Wij hebben met werk en inkomen afgesproken dat er **bij elke terugvordering** een warme overdracht naar een budgetcoach wordt aangeboden, en dat de aflossing altijd binnen de beslagvrije voet blijft."""),
        ],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: schuldhulpverlening
    # ------------------------------------------------------------------
    {
        "category": "schuldhulpverlening",
        "title": "Vroegsignalering onder de Wgs: hoe verhogen jullie het bereik na een signaal?",
        "asker": "pjacobs",
        "days_ago": 90,
        "body": """Sinds de wijziging van de **Wet gemeentelijke schuldhulpverlening (Wgs)** ontvangen we signalen van betalingsachterstanden van woningcorporaties, energie- en drinkwaterbedrijven en zorgverzekeraars. We krijgen zo'n 250 signalen per maand, maar we bereiken maar een klein deel van de huishoudens.

We sturen nu een brief en proberen daarna te bellen. Huisbezoeken doen we alleen bij herhaalde signalen.

**Hoe hebben jullie het bereik van vroegsignalering verhoogd, en wat is jullie contactpercentage?**""",
        "replies": [
            ("ayilmaz", 88, """Wij zijn overgestapt op **onaangekondigde huisbezoeken** als eerste actie, uitgevoerd door duo's van een welzijnsorganisatie. Brief en telefoon komen pas daarna. Het contactpercentage steeg van ongeveer 25 naar ruim 55 procent.

Kosten: ongeveer € 180 per signaal, inclusief de vervolgactie. Het lijkt veel, maar de kosten van een schuldregeling of een huisuitzetting zijn vele malen hoger."""),
            ("ohuisman", 84, """Bij ons werkte het om de signalen te **bundelen**: een huishouden dat bij meerdere partijen een achterstand heeft, krijgt voorrang en een persoonlijke aanpak. De rest krijgt eerst een sms-bericht en een brief in eenvoudige taal. Dat sms'je had meer effect dan verwacht."""),
            ("hvanleeuwen", 80, """Tip vanuit werk en inkomen: kijk of je signalen uit de **eigen organisatie** kunt toevoegen, bijvoorbeeld terugvorderingen of achterstanden in gemeentelijke belastingen. Met een goede grondslag en afspraken met de FG hebben wij dat geregeld, en het zijn vaak precies de huishoudens die niet bij de andere partijen in beeld zijn."""),
        ],
    },
    {
        "category": "schuldhulpverlening",
        "title": "Saneringskrediet aanbieden: hoe financieren en hoe groot is het risico?",
        "asker": "ayilmaz",
        "days_ago": 18,
        "body": """We willen vaker **saneringskredieten** inzetten in plaats van een schuldregeling van drie jaar (of tegenwoordig vaak anderhalf jaar). Het voordeel voor de inwoner is rust: de schuldeisers worden in één keer afgekocht, de inwoner lost af bij de kredietbank.

Maar het vraagt een fors budget en er is een risico op wanbetaling.

**Bieden jullie saneringskredieten aan, en hoe hoog is bij jullie het percentage kredieten dat niet volledig wordt terugbetaald?**""",
        "replies": [
            ("pjacobs", 15, """Ja, wij werken met de **regionale kredietbank** en bieden in de meeste minnelijke trajecten een saneringskrediet aan. Het fonds is ongeveer € 2 miljoen en revolverend.

Het percentage niet-terugbetaalde kredieten ligt bij ons rond de **6 procent**, vooral door overlijden of een plotselinge inkomensdaling. Dat vangen we op uit een voorziening.

Wat ik anders zou doen: vanaf het begin een duidelijk beleid opstellen voor wanneer een krediet kwijtgescholden wordt. Dat was bij ons lang onduidelijk."""),
        ],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: re-integratie ex-gedetineerden
    # ------------------------------------------------------------------
    {
        "category": "re-integratie-ex-gedetineerden",
        "title": "Basisvoorwaarden na detentie: hoe regelen jullie ID-bewijs en inkomen op dag één?",
        "asker": "gwillems",
        "days_ago": 170,
        "body": """Bij de terugkeer van ex-gedetineerden in onze gemeente gaat het vaak al mis bij de **basisvoorwaarden**: een geldig identiteitsbewijs, onderdak, inkomen, schulden en zorg. Zonder ID geen uitkering, zonder uitkering geen huur.

We hebben een casemanager nazorg, maar die krijgt de melding van de penitentiaire inrichting soms pas een paar dagen voor ontslag.

**Hoe zorgen jullie dat een ex-gedetineerde op de dag van vrijlating in ieder geval een ID-bewijs heeft en een uitkeringsaanvraag is gedaan?**""",
        "replies": [
            ("mvermeulen", 166, """Wij hebben met **Burgerzaken** afgesproken dat de casemanager een ID-kaart kan aanvragen tijdens de detentie, met een foto die in de inrichting wordt gemaakt. Zo ligt het document klaar bij vrijlating. De leges betalen we uit het nazorgbudget als de persoon het niet kan betalen.

Daarnaast doet de casemanager de bijstandsaanvraag al twee weken voor ontslag, zodat de eerste betaling snel volgt."""),
            ("cdekker", 161, """Het grootste knelpunt bij ons was inderdaad de **late melding**. We hebben daarom afspraken gemaakt met de penitentiaire inrichtingen in de regio: bij iedere gedetineerde uit onze gemeente wordt de casemanager binnen een week na binnenkomst geïnformeerd. Dat werkte pas echt toen we vaste contactpersonen hadden aan beide kanten."""),
            ("ayilmaz", 155, """Vergeet de **schulden** niet. Veel ex-gedetineerden hebben forse schulden, bijvoorbeeld door boetes of achterstallige huur. Wij hebben een schuldhulpverlener die al tijdens detentie een eerste inventarisatie doet. Dan kan er na vrijlating direct een traject starten, en dat verkleint de kans op terugval."""),
        ],
    },
    {
        "category": "re-integratie-ex-gedetineerden",
        "title": "Huisvesting voor ex-gedetineerden: werken jullie met een contingent bij de corporatie?",
        "asker": "mvermeulen",
        "days_ago": 8,
        "body": """Onderdak blijft bij ons de lastigste basisvoorwaarde. Ex-gedetineerden komen niet in aanmerking voor urgentie en de wachttijd voor een sociale huurwoning is ruim zes jaar. Veel mensen belanden daardoor bij familie, in de opvang of op straat.

We denken na over een **contingent** bij de woningcorporaties, eventueel gekoppeld aan begeleiding en een 'Skaeve Huse'-achtige oplossing voor mensen die in een reguliere wijk niet te plaatsen zijn.

**Hebben jullie afspraken met corporaties over huisvesting van ex-gedetineerden, en hoe groot is de groep die jullie jaarlijks huisvesten?**""",
        "replies": [],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: onderwijs
    # ------------------------------------------------------------------
    {
        "category": "onderwijs",
        "title": "Uitbreiding voorschoolse educatie naar 16 uur: hoe hebben jullie dat georganiseerd?",
        "asker": "ekuipers",
        "days_ago": 115,
        "body": """Doelgroeppeuters hebben recht op **16 uur voorschoolse educatie** per week. Bij ons lukt het nog niet overal om dat aanbod te realiseren: er is een tekort aan pedagogisch medewerkers en in de kleine kernen zijn de groepen te klein om rendabel te zijn.

We overwegen:

- groepen in de kleine kernen samen te voegen;
- een hogere subsidie per kindplaats;
- vervoer naar een centrale locatie.

**Hoe hebben jullie het aanbod van voorschoolse educatie in kleine kernen overeind gehouden, en wat kost dat extra?**""",
        "replies": [
            ("bpeters", 112, """Wij hebben in kleine kernen **gemengde groepen** toegestaan, waarin doelgroeppeuters en andere peuters samen zitten. Daarmee worden de groepen groot genoeg. De gemeente betaalt een toeslag per groep in kernen met minder dan 5.000 inwoners, ongeveer € 15.000 per groep per jaar.

Het personeelstekort hebben we deels opgelost door een opleidingstraject met het mbo, waarbij zij-instromers met behoud van inkomen worden opgeleid."""),
            ("lhendriks", 108, """Bij ons gaat het vooral om het **bereik**. We hebben consultatiebureaus en de jeugdgezondheidszorg nadrukkelijker ingezet om ouders te wijzen op voorschoolse educatie. Het bereik steeg van 75 naar 88 procent. Zonder goede toeleiding helpt extra aanbod niet. De extra inzet kostte ons vooral tijd van de jeugdverpleegkundigen, ongeveer een half uur per peuter in de doelgroep."""),
            ("rvanbeek", 101, """Vervoer hebben wij geprobeerd, maar dat werkte niet: ouders van jonge peuters willen hun kind niet in een busje zetten. We zijn teruggegaan naar kleine groepen op locatie, met een gemeentelijke bijdrage in de exploitatie. Duurder, maar veel beter bezocht."""),
        ],
    },
    {
        "category": "onderwijs",
        "title": "Thuiszitters: welke aanpak werkt om leerlingen terug naar school te krijgen?",
        "asker": "bpeters",
        "days_ago": 50,
        "body": """Het aantal **thuiszitters** in onze gemeente is de afgelopen twee jaar gestegen. Het gaat vaak om leerlingen met een combinatie van psychische problemen, een complexe thuissituatie en een school die geen passend aanbod heeft.

Leerplicht, jeugdhulp en het samenwerkingsverband werken samen, maar de trajecten duren lang en de verantwoordelijkheid is versnipperd.

**Hoe hebben jullie de samenwerking tussen leerplicht, jeugdhulp en onderwijs georganiseerd, en welke resultaten zien jullie?**""",
        "replies": [
            ("ekuipers", 47, """Wij hebben een **thuiszittersoverleg** met een vaste regisseur die doorzettingsmacht heeft. Die kan bij een impasse bijvoorbeeld direct een onderwijs-zorgarrangement inzetten, gefinancierd uit een gezamenlijk budget van gemeente en samenwerkingsverband.

Het aantal langdurige thuiszitters daalde van 38 naar 21 in twee jaar. De regisseur kost ongeveer € 90.000 per jaar, gedeeld door gemeente en samenwerkingsverband."""),
            ("rvanbeek", 44, """Bij ons is het vooral belangrijk gebleken om **snel** te zijn: binnen vier weken na de melding moet er een plan liggen. Elke week thuis maakt de terugkeer moeilijker. We hebben daarom afspraken gemaakt met jeugdhulpaanbieders over voorrang bij thuiszitters."""),
        ],
    },
    # ------------------------------------------------------------------
    # Inclusieve samenleving: inburgering
    # ------------------------------------------------------------------
    {
        "category": "inburgering",
        "title": "B1-route onder de Wet inburgering 2021: hoe hebben jullie de taalschool gecontracteerd?",
        "asker": "ivanderberg",
        "days_ago": 190,
        "body": """Sinds de **Wet inburgering 2021** hebben we de regie over de inburgering, inclusief de inkoop van de B1-route, de onderwijsroute en de Z-route. Ons eerste contract met een taalschool loopt af en we willen het beter regelen.

Knelpunten die wij ervaren:

- wachttijden voor de start van de lessen;
- weinig combinatie van taal en werk (duaal traject);
- beperkt maatwerk voor mensen met een laag leervermogen.

**Hoe hebben jullie de B1-route ingekocht, en hoe combineren jullie taal en werk?**""",
        "replies": [
            ("nelhaddaoui", 186, """Wij hebben met **meerdere taalscholen** een raamovereenkomst, waarin we per inburgeraar kunnen kiezen welke school het beste past. Daarnaast hebben we één aanbieder die gespecialiseerd is in duale trajecten: drie dagen werken, twee dagen les.

Prijs per inburgeraar ligt tussen de € 9.000 en € 12.000 voor de B1-route. De wachttijd is teruggebracht naar maximaal zes weken."""),
            ("ohuisman", 181, """Kleine gemeente: wij kopen in met de **regio**. Apart contracteren is voor ons niet te doen met zo'n veertig inburgeraars per jaar. Nadeel: de lessen zijn vaak in de centrumgemeente en reistijd is een drempel. We hebben daarom gevraagd om in onze gemeente een lesgroep te starten, wat na een jaar is gelukt."""),
            ("ypost", 176, """Vanuit werk en participatie: wij hebben een **taalcoach op de werkvloer**, een vrijwilliger die eens per week met de inburgeraar op de werkplek oefent. Werkgevers zijn daar erg positief over, en de voortgang in de taal is merkbaar sneller. Kosten zijn laag, vooral coördinatie en een onkostenvergoeding."""),
        ],
    },
    {
        "category": "inburgering",
        "title": "Module Arbeidsmarkt en Participatie (MAP): hoe geven jullie daar invulling aan?",
        "asker": "nelhaddaoui",
        "days_ago": 25,
        "body": """Elke inburgeraar moet de **Module Arbeidsmarkt en Participatie (MAP)** doorlopen. Bij ons wordt die nu vooral als een reeks groepsbijeenkomsten aangeboden, maar we merken dat inburgeraars er weinig aan hebben en dat het vooral een vinkje wordt.

We willen de MAP praktischer maken, met echte werkervaring en een koppeling aan het persoonlijk plan inburgering en participatie (PIP).

**Hoe hebben jullie de MAP ingericht, en hoe zorgen jullie dat het echt bijdraagt aan participatie?**""",
        "replies": [
            ("ivanderberg", 23, """Wij hebben de MAP **individueel** gemaakt: elke inburgeraar heeft een traject van zes maanden met een vaste coach, waarin een snuffelstage en twee bedrijfsbezoeken verplicht zijn. Het onderdeel over de Nederlandse arbeidsmarkt gebeurt in kleine groepen in de eigen taal.

Kosten ongeveer € 1.200 per inburgeraar. Sindsdien zien we dat inburgeraars hun PIP veel concreter kunnen invullen."""),
            ("hvanleeuwen", 20, """Bij ons is de MAP onderdeel van het **werkfit-traject** van werk en inkomen. Zo hoeft de inburgeraar niet dubbel aan te sluiten. Het vraagt wel goede afstemming tussen de inburgeringsconsulent en de werkconsulent, daar hebben we een gezamenlijk overleg voor ingericht."""),
        ],
    },
]
