"""Demo threads for a fresh forum: realistic questions and experience replies (fictional people)."""

# Each person: (key, municipality CBS code, full name, job title). E-mail is derived elsewhere.
PEOPLE = [
    ("jdevries", "GM0344", "Jan de Vries", "beleidsadviseur duurzaamheid"),
    ("pbakker", "GM0193", "Petra Bakker", "projectleider vastgoed"),
    ("mjansen", "GM0014", "Maarten Jansen", "adviseur energietransitie"),
    ("skoster", "GM0758", "Sanne Koster", "projectleider sportaccommodaties"),
    ("rvandijk", "GM0106", "Ruud van Dijk", "vastgoedmanager"),
    ("lhendriks", "GM0935", "Lotte Hendriks", "beleidsadviseur jeugd"),
    ("ayilmaz", "GM0599", "Ayşe Yilmaz", "teamleider schuldhulpverlening"),
    ("fboukhari", "GM0363", "Farid Boukhari", "CISO"),
    ("evisser", "GM0080", "Esther Visser", "adviseur informatiehuishouding"),
    ("tmulder", "GM0687", "Tom Mulder", "beleidsmedewerker Wmo"),
    ("kdegroot", "GM0995", "Karin de Groot", "beleidsadviseur wonen"),
    ("wsmit", "GM0772", "Wouter Smit", "enterprise-architect informatievoorziening"),
    ("nmeijer", "GM0392", "Nadia Meijer", "functionaris gegevensbescherming"),
    ("hvanleeuwen", "GM0114", "Henk van Leeuwen", "teamleider werk en inkomen"),
    ("cdekker", "GM0202", "Chantal Dekker", "adviseur openbare orde en veiligheid"),
    ("bpeters", "GM0855", "Bas Peters", "beleidsadviseur onderwijs en onderwijshuisvesting"),
    ("ivanderberg", "GM0546", "Iris van der Berg", "coördinator inburgering"),
    ("rschouten", "GM0171", "Roelof Schouten", "medewerker vastgoedbeheer"),
    ("mvermeulen", "GM0718", "Marloes Vermeulen", "beleidsadviseur veiligheid"),
    ("gwillems", "GM0983", "Guido Willems", "adviseur veiligheid en nazorg ex-gedetineerden"),
    ("dkok", "GM0150", "Daan Kok", "adviseur omgevingsrecht"),
    ("aprins", "GM0307", "Annelies Prins", "beleidsadviseur mobiliteit"),
    ("sbos", "GM0109", "Sjoerd Bos", "beleidsmedewerker duurzaamheid"),
    ("jvos", "GM0228", "Jeroen Vos", "teamleider klantcontactcentrum"),
    ("ohuisman", "GM0090", "Oane Huisman", "regisseur sociaal domein"),
    ("lvandenbroek", "GM0828", "Linda van den Broek", "energiecoördinator gemeentelijk vastgoed"),
    ("ypost", "GM0917", "Yvonne Post", "projectleider werk en participatie"),
    ("ekuipers", "GM0664", "Eline Kuipers", "beleidsadviseur onderwijs"),
    ("mtimmermans", "GM0796", "Mark Timmermans", "projectleider vastgoed en sport"),
    ("fvanwijk", "GM0034", "Fleur van Wijk", "datastrateeg"),
    ("hgerritsen", "GM0200", "Hans Gerritsen", "Woo-coördinator"),
    ("nelhaddaoui", "GM0518", "Nora El Haddaoui", "beleidsadviseur inburgering"),
    ("pjacobs", "GM1883", "Paul Jacobs", "adviseur schuldhulpverlening"),
    ("rvanbeek", "GM0153", "Rianne van Beek", "beleidsadviseur jeugd"),
    ("kbrouwer", "GM0361", "Koen Brouwer", "adviseur duurzaam vastgoed"),
    ("tkramer", "GM0289", "Thijs Kramer", "beleidsmedewerker klimaatadaptatie"),
    ("wdejong", "GM0637", "Wendy de Jong", "adviseur digitale dienstverlening"),
    ("mhoekstra", "GM0503", "Mirjam Hoekstra", "projectleider Omgevingswet"),
    ("hzwart", "GM0268", "Hanneke Zwart", "beleidsadviseur wonen"),
    ("bwiersma", "GM0164", "Bram Wiersma", "beleidsadviseur Wmo"),
]

# Each thread: category slug, title, asker key, days ago asked, body (Markdown), replies.
# Each reply: (person key, days ago, body Markdown)
THREADS = [
    # ------------------------------------------------------------------
    # Leefomgeving: verduurzaming maatschappelijk vastgoed
    # ------------------------------------------------------------------
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Hoe hebben jullie de verduurzaming van sporthallen aanbesteed?",
        "asker": "jdevries",
        "days_ago": 40,
        "body": """Wij hebben vijf gemeentelijke sporthallen uit de jaren zeventig en tachtig die allemaal nog op gas stoken. De conditiemetingen volgens **NEN 2767** laten zien dat daken en installaties de komende vijf jaar aan vervanging toe zijn, dus we willen groot onderhoud en verduurzaming combineren.

We twijfelen tussen drie routes:

- per sporthal traditioneel aanbesteden (bestek en RAW/UAV);
- één bouwteam voor alle vijf hallen;
- een prestatiecontract (ESCO-achtig) waarbij de markt ook het energieverbruik garandeert.

Intern is er discussie: vastgoed wil grip op het ontwerp, inkoop wil zo min mogelijk risico en sport wil dat de hallen maximaal één seizoen dicht gaan.

**Welke aanbestedingsvorm hebben jullie gekozen voor sporthallen, en zouden jullie dat opnieuw doen?** Ervaringen met doorlooptijd en kosten per hal zijn erg welkom.""",
        "replies": [
            ("skoster", 38, """Wij hebben in 2023 drie sporthallen in één **bouwteam** gestopt, met een tweefasenaanpak: eerst een ontwerpfase tegen vaste vergoeding, daarna een prijs per hal op open begroting.

Wat we per hal hebben gedaan: dakisolatie plus nieuwe dakbedekking, LED met daglichtregeling, lucht-waterwarmtepomp met hybride opstelling voor de douches en ongeveer 250 zonnepanelen.

| Onderdeel | Kosten per hal (ca.) |
|---|---|
| Dak + isolatie | € 450.000 |
| Installaties | € 380.000 |
| LED + pv | € 170.000 |

Doorlooptijd van start aanbesteding tot oplevering van de laatste hal: ruim twee jaar. Het gasverbruik daalde met zo'n 70 procent.

Wat ik anders zou doen: de sportverenigingen veel eerder betrekken bij de planning. We hebben één hal in oktober moeten sluiten en dat gaf veel gedoe over uitwijklocaties."""),
            ("rschouten", 35, """Bij ons in een kleinere gemeente ging het om twee hallen. Wij hebben het gewoon **traditioneel** aanbesteed, met een extern adviesbureau dat het bestek schreef. Dat was voor ons team het meest overzichtelijk, want we hebben weinig capaciteit voor een bouwteamtraject.

Nadeel: het adviesbureau kostte ongeveer 8 procent van de bouwsom en we kregen bij de tweede hal toch meerwerk omdat de dakconstructie minder draagkracht had dan gedacht. Laat dus vóór het bestek een constructeur naar de spanten kijken als je zonnepanelen wilt leggen.

Totaal kwamen we uit op ongeveer € 1,6 miljoen voor beide hallen samen."""),
            ("kbrouwer", 31, """Wij hebben een **prestatiecontract** geprobeerd voor een sporthal en een zwembad samen. Eerlijk gezegd: voor één sporthal vonden marktpartijen het te klein, we kregen maar twee inschrijvingen. Pas toen we het zwembad erbij deden werd het interessant.

Voordeel van het contract is dat de partij tien jaar onderhoud en energieprestatie garandeert, dus je MJOP wordt een stuk voorspelbaarder. Nadeel is dat je veel tijd kwijt bent aan het goed meten van de nulsituatie.

Tip: kijk ook naar de handreikingen op https://www.rvo.nl over DUMAVA, want die subsidie bepaalde bij ons mede de planning."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Gemeentehuis naar label C (of beter): hoe pakken jullie dat aan?",
        "asker": "rvandijk",
        "days_ago": 120,
        "body": """Ons gemeentehuis heeft nog energielabel E. Sinds de **label C-verplichting voor kantoren** ligt er vanuit de omgevingsdienst een vriendelijke maar duidelijke vraag hoe we daaraan gaan voldoen. Het gebouw is uit 1978, met een raadzaal en een publiekshal die intensief gebruikt worden.

We willen het liefst in één keer door naar label A, omdat we in 2030 toch weer moeten. Maar het college vindt een totale renovatie te duur en te ingrijpend.

Mijn vragen:

1. Met welke maatregelen zijn jullie van E/F naar C gekomen?
2. Wat waren de kosten per m² bvo?
3. Zijn jullie in het gebouw gebleven tijdens de werkzaamheden?

**Hoe hebben jullie de afweging tussen 'minimaal label C' en 'in één keer naar Paris Proof' gemaakt?**""",
        "replies": [
            ("lvandenbroek", 117, """Wij zaten in precies dezelfde situatie. We hebben gekozen voor een **tussenstap** naar label B met maatregelen die later niet weggegooid hoeven te worden:

- HR++ glas in de kozijnen die nog goed waren;
- LED-verlichting met aanwezigheidsdetectie;
- isolatie van het platte dak bij de geplande dakvervanging;
- 180 zonnepanelen.

Kosten ongeveer € 95 per m² bvo. Doorlooptijd ongeveer een jaar, waarvan de uitvoering vier maanden. We zijn in het gebouw gebleven en hebben per vleugel geschoven.

Achteraf had ik de ventilatie meteen mee willen nemen. Met het betere glas is het binnenklimaat in de zomer niet beter geworden, eerder warmer."""),
            ("pbakker", 110, """Wij zijn voor de **grote stap** gegaan, maar dat lukte alleen omdat er ook een herinrichting voor hybride werken gepland stond. Het gebouw is toen anderhalf jaar leeg geweest en we zaten in een tijdelijk kantoor.

Totale investering ongeveer € 1.450 per m², waarvan grofweg een derde aan verduurzaming is toe te rekenen. Het gebouw is nu gasloos en label A++.

Mijn advies: laat een **routekaart per gebouw** maken, en koppel die aan je MJOP. Dan zie je welke natuurlijke momenten er zijn. Voor de gemeenteraad hielp het enorm om de total cost of ownership over dertig jaar te laten zien, inclusief de verwachte energieprijs."""),
            ("sbos", 102, """Kleine toevoeging vanuit een kleine gemeente: check eerst of je huidige label wel klopt. Ons label was ooit op basis van standaardwaarden opgesteld. Een nieuwe opname door een EP-adviseur (ca. € 3.500) leverde direct label D op, omdat eerdere isolatie niet was meegenomen.

Daarna was alleen LED plus een aanpassing aan de regeling van de cv nog nodig voor label C. Het echte werk hebben we bewust gepland voor 2027, samen met de vervanging van de ketels."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Verduurzaming brede school: wie betaalt wat, gemeente of schoolbestuur?",
        "asker": "bpeters",
        "days_ago": 85,
        "body": """Wij staan aan de vooravond van de verduurzaming van een **brede school** uit 2004: twee basisscholen, een kinderopvang en een wijkcentrum onder één dak. Het juridisch eigendom ligt bij de schoolbesturen, het wijkcentrum is van de gemeente en de installaties zijn gedeeld.

Het lastige is de verdeling. Volgens de regels voor onderwijshuisvesting is het schoolbestuur verantwoordelijk voor onderhoud en de gemeente voor vernieuwing, maar verduurzaming valt daar een beetje tussenin. De besturen wijzen naar de gemeente, onze wethouder wijst naar het IHP.

**Hoe hebben jullie de kosten van verduurzaming in een multifunctioneel gebouw verdeeld, en hebben jullie dat vastgelegd in een convenant of in het IHP?**""",
        "replies": [
            ("ekuipers", 83, """Wij hebben het opgelost met een **verdeelsleutel op basis van vierkante meters** plus een aparte afspraak over de installaties. De gemeente financiert de 'schil' (dak, gevel, kozijnen) als onderdeel van vernieuwing, het schoolbestuur draagt bij uit de onderhoudsmiddelen die het anders toch aan de oude installaties had besteed.

Vastgelegd in een samenwerkingsovereenkomst per gebouw, met een verwijzing in het IHP. Het project kostte ongeveer € 1,1 miljoen, waarvan de gemeente circa 60 procent betaalde.

Wat ik anders zou doen: eerder afspraken maken over wie straks de energierekening betaalt en wie de opbrengst van de zonnepanelen krijgt. Daar hebben we nog maanden over gesteggeld."""),
            ("mjansen", 80, """Bij ons is het IHP leidend. Daarin staat per gebouw een **integrale aanpak**: bij elke renovatie gaat het gebouw meteen naar aardgasvrij-ready. Schoolbesturen brengen hun deel in via een vast bedrag per leerling.

Voor multifunctionele gebouwen hebben we een beheerstichting waarin alle gebruikers zitten. Die stichting is opdrachtgever voor de installaties, wat de besluitvorming flink versnelt.

Doorlooptijd van eerste overleg tot oplevering was wel bijna drie jaar. Reken vooral op veel overleg in de voorbereiding."""),
            ("kbrouwer", 74, """Kleine praktische tip: laat bij een brede school **vooraf een bouwfysisch onderzoek** doen naar de luchtkwaliteit. Bij ons bleek de CO2-waarde in de lokalen veel te hoog. Door ventilatie meteen mee te nemen konden we het project ook financieren uit middelen voor een gezond binnenklimaat, wat de discussie over de verdeling makkelijker maakte.

Zie ook de informatie over onderwijshuisvesting op https://vng.nl, daar staan voorbeelden van samenwerkingsovereenkomsten."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Zwembad verduurzamen zonder jarenlange sluiting: ervaringen?",
        "asker": "mtimmermans",
        "days_ago": 150,
        "body": """Ons overdekte zwembad is veruit het gebouw met het hoogste energieverbruik in onze portefeuille: ongeveer **350.000 m³ gas per jaar**. Het bad is 30 jaar oud, de exploitant is een stichting en de gemeente is eigenaar.

We willen flink verduurzamen, maar een lange sluiting is politiek onhaalbaar vanwege zwemles en de verenigingen. We denken aan een gefaseerde aanpak:

- afdekking van de baden buiten openingstijden;
- warmteterugwinning uit douchewater en ventilatielucht;
- een warmtepomp in combinatie met de bestaande ketels;
- zonnepanelen op het dak en de parkeerplaats.

**Welke maatregelen hebben bij jullie het meeste opgeleverd, en hoe lang moest het bad dicht?** Ik hoor ook graag hoe jullie de afspraken met de exploitant over de energiebesparing hebben geregeld.""",
        "replies": [
            ("rschouten", 147, """De **badafdekking** was bij ons echt laaghangend fruit. Voor het wedstrijdbad en het instructiebad samen betaalden we ongeveer € 70.000 en we zagen de gasrekening met zo'n 15 procent dalen. Bovendien minder verdamping, dus ook minder vocht in de hal.

Terugverdientijd ruim vier jaar. Het bad hoefde er niet voor dicht, het personeel moest wel wennen aan het op- en afrollen."""),
            ("lvandenbroek", 141, """Wij hebben de installaties vervangen in de **zomerperiode** in twee opeenvolgende jaren: zes weken dicht per keer. In het eerste jaar warmteterugwinning op de ventilatie en douchewater, in het tweede jaar een warmtepomp van ca. 400 kW.

Totaal ongeveer € 2,3 miljoen, gedeeltelijk betaald met DUMAVA-subsidie. Gasverbruik ging van zo'n 300.000 naar 110.000 m³.

Over de exploitant: wij hebben een **bonus-malusregeling** afgesproken. Bespaart de stichting meer dan het afgesproken niveau, dan delen we het voordeel 50/50. Daardoor letten ze veel beter op zaken als watertemperatuur en ventilatie 's nachts."""),
            ("skoster", 139, """Eén waarschuwing: bij ons bleek de elektriciteitsaansluiting ontoereikend voor een warmtepomp. Door **netcongestie** moesten we anderhalf jaar wachten op een zwaardere aansluiting. Vraag dus meteen bij de start een aansluiting aan bij de netbeheerder, ook als het ontwerp nog niet af is.

We hebben de tussentijd gebruikt voor de badafdekking en LED, zodat het project niet helemaal stil lag."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "Financiering verduurzaming vastgoed: DUMAVA, SPUK, ESCO of gewoon investeringskrediet?",
        "asker": "sbos",
        "days_ago": 60,
        "body": """Onze raad heeft een routekaart verduurzaming maatschappelijk vastgoed vastgesteld: 24 gebouwen, in 2040 allemaal aardgasvrij. Mooi, maar er staat nog geen dekking bij. De schatting is **€ 14 miljoen** over vijftien jaar, en dat is veel voor een gemeente van onze omvang.

Opties die nu op tafel liggen:

- DUMAVA-subsidie via RVO;
- SPUK-middelen, voor zover die passen;
- een ESCO-constructie, waarbij een externe partij voorfinanciert;
- een investeringskrediet met afschrijving over 25 jaar en dekking uit de energiebesparing.

Via https://www.rvo.nl heb ik de voorwaarden van DUMAVA gelezen, maar ik ben benieuwd naar de praktijk.

**Hoe hebben jullie de verduurzaming van het eigen vastgoed gefinancierd, en wat viel tegen?**""",
        "replies": [
            ("pbakker", 58, """Wij werken met een **revolverend verduurzamingsfonds** van € 5 miljoen. Elk project betaalt de lening terug uit de besparing op de energierekening, met een looptijd van maximaal vijftien jaar. Voor de maatregelen die zich niet terugverdienen (bijvoorbeeld gevelisolatie van monumentale panden) vragen we DUMAVA aan.

Wat tegenviel: de DUMAVA-aanvraag kostte ons per gebouw zo'n 40 uur aan voorbereiding, en je moet binnen de termijn uitvoeren. Plan de uitvoeringscapaciteit dus mee."""),
            ("kbrouwer", 55, """Wij hebben een **ESCO** gebruikt voor vier gebouwen: twee sporthallen, een cultuurcentrum en de gemeentewerf. De ESCO financierde voor, wij betalen twaalf jaar lang een vaste vergoeding die iets lager ligt dan de oude energierekening.

Pluspunt: geen grote investering op de begroting en de prestatie is gegarandeerd. Minpunt: het contract is complex, je hebt echt een jurist nodig die dit kent. Juridische en technische begeleiding kostte ons ongeveer € 85.000.

Zou ik het opnieuw doen? Voor een cluster van gebouwen wel, voor één gebouw niet."""),
            ("rvandijk", 51, """Bij ons gewoon een **investeringskrediet**, afgeschreven over 25 jaar, met de kapitaallasten deels gedekt uit de lagere energielasten. In de begroting zie je dan wel een stijging van de lasten in de eerste jaren, omdat de besparing niet altijd volledig is.

Tip: reken met meerdere energieprijsscenario's. In 2022 leek alles terug te verdienen, nu met lagere prijzen valt het business case-plaatje minder rooskleurig uit."""),
            ("jdevries", 47, """Aanvulling: wij combineren **DUMAVA** met ons reguliere MJOP-budget. Alles wat toch vervangen moet worden (ketel, dakbedekking) betalen we uit de onderhoudsvoorziening; alleen de meerkosten voor de duurzame variant komen uit het verduurzamingskrediet. Daardoor is de extra investering vaak maar 30 tot 40 procent van het totaal.

Dat maakte het verhaal richting de raad een stuk makkelijker."""),
        ],
    },
    {
        "category": "verduurzaming-maatschappelijk-vastgoed",
        "title": "MJOP op basis van NEN 2767 koppelen aan verduurzaming: hoe doen jullie dat?",
        "asker": "kbrouwer",
        "days_ago": 22,
        "body": """Ons MJOP is gebaseerd op conditiemetingen volgens **NEN 2767**, maar verduurzaming staat er nog los van, in een apart routekaartdocument. Het gevolg: we vervangen een cv-ketel één-op-één omdat die 'op is', terwijl het gebouw volgens de routekaart twee jaar later van het gas af gaat.

We willen naar een **DMJOP** (duurzaam meerjarenonderhoudsplan) waarin per gebouw de verduurzamingsmaatregelen aan de natuurlijke vervangingsmomenten gekoppeld zijn.

**Met welk pakket of welke werkwijze hebben jullie onderhoud en verduurzaming in één plan gekregen, en hoeveel werk was dat?**""",
        "replies": [
            ("rvandijk", 20, """Wij hebben vorig jaar de overstap gemaakt. Een extern bureau heeft voor alle 45 gebouwen een nieuwe conditiemeting gedaan én per gebouw een maatregelenpakket voor aardgasvrij gemaakt. Die twee zijn in ons vastgoedbeheersysteem samengevoegd.

Kosten: ongeveer € 120.000 voor de opnames en de verduurzamingsscans samen. Doorlooptijd zeven maanden.

Het belangrijkste was niet het pakket maar de afspraak intern: **geen vervanging van installaties zonder toets aan de routekaart**. Dat hebben we in het inkoopproces opgenomen."""),
            ("mtimmermans", 16, """Bij ons is het DMJOP nog niet helemaal klaar, maar een tip: begin met de **tien gebouwen met het hoogste energieverbruik**. Dat zijn er bij ons toevallig ook de gebouwen met de meeste onderhoudsachterstand. Zo laat je snel resultaat zien en leer je hoe je de planning van onderhoud en verduurzaming op elkaar afstemt."""),
        ],
    },
    # ------------------------------------------------------------------
    # Leefomgeving: klimaat en energietransitie
    # ------------------------------------------------------------------
    {
        "category": "klimaat-en-energietransitie",
        "title": "Van transitievisie warmte naar warmteprogramma: hoe pakken jullie de wijkaanpak aan?",
        "asker": "mjansen",
        "days_ago": 200,
        "body": """Onder de **Omgevingswet** moeten we de transitievisie warmte omzetten in een warmteprogramma. Wij zitten nu in de fase waarin we per wijk moeten aangeven wat het alternatief voor aardgas wordt en wanneer.

Onze uitdaging is vooral het draagvlak. In de eerste wijk waar we met een warmtenet aan de slag gingen, was de weerstand groot: bewoners voelden zich overvallen en wantrouwden de kosten.

**Hoe hebben jullie bewoners betrokken bij de keuze voor een warmteoplossing per wijk, en wat werkte echt?** Ik ben ook benieuwd hoeveel capaciteit jullie hiervoor hebben vrijgemaakt.""",
        "replies": [
            ("tkramer", 196, """Wat bij ons werkte: **bewoners zelf laten rekenen**. We hebben een wijkteam van vijftien bewoners samengesteld dat samen met een adviesbureau drie scenario's doorrekende (individuele warmtepompen, een collectief warmtenet, een hybride tussenstap). Zij presenteerden de uitkomst aan de rest van de wijk.

Dat kostte ons ongeveer een jaar en zo'n € 60.000 aan externe ondersteuning, maar het eindadvies werd breed gedragen. Achteraf hadden we de woningcorporatie eerder moeten betrekken, want die bezit 40 procent van de woningen."""),
            ("jdevries", 190, """Wij hebben geleerd dat je niet moet beginnen met het warmtenet, maar met **isoleren**. In elke wijk starten we met gratis energieadvies, een collectieve inkoopactie voor isolatie en een energiecoach. Pas als het vertrouwen er is, komt de warmteoplossing op tafel.

Capaciteit: per wijk ongeveer 1,5 fte projectleiding en communicatie, gefinancierd uit de middelen voor de uitvoering van de klimaatplannen."""),
            ("lvandenbroek", 185, """Praktische tip: werk met een **vast gezicht** in de wijk. Wij hebben een wijkwethouder en een vaste projectleider die ook echt op de koffie gaat. Bewoners haken af als ze steeds een nieuwe ambtenaar tegenover zich krijgen.

En: wees eerlijk over wat je nog niet weet. Wij communiceerden te vroeg een indicatieve prijs voor aansluiting op het warmtenet, die later 30 procent hoger uitviel. Dat achtervolgt ons nog steeds."""),
        ],
    },
    {
        "category": "klimaat-en-energietransitie",
        "title": "Energiearmoede aanpakken: energiefixers of energiecoaches?",
        "asker": "ohuisman",
        "days_ago": 95,
        "body": """In onze gemeente hebben naar schatting 1.800 huishoudens een te hoge energierekening in verhouding tot hun inkomen. We willen met **energiefixers** aan de slag: mensen die bij bewoners thuis kleine maatregelen aanbrengen (radiatorfolie, tochtstrips, ledlampen, waterbesparende douchekop).

Vragen waar ik mee zit:

- Werken jullie met vrijwilligers of met betaalde krachten (bijvoorbeeld via de Participatiewet)?
- Hoe bereiken jullie de huishoudens die het het hardst nodig hebben?
- Wat kost het per huishouden?

**Welke aanpak van energiearmoede heeft bij jullie echt huishoudens bereikt die anders buiten beeld bleven?**""",
        "replies": [
            ("sbos", 92, """Wij werken met **betaalde energiefixers via een leerwerktraject**: mensen met een bijstandsuitkering die in zes maanden een opleiding volgen en tegelijk bij bewoners aan de slag gaan. Twee vliegen in één klap.

Kosten per huishouden ongeveer € 250 aan materialen en € 150 aan uren. De gemiddelde besparing is zo'n € 200 per jaar. Drie van de acht fixers hebben inmiddels een baan bij een installatiebedrijf."""),
            ("mjansen", 90, """Voor het bereik werkte bij ons vooral **samenwerking met de woningcorporaties en de voedselbank**. Zij kennen de huishoudens en kunnen mensen persoonlijk uitnodigen. Brieven van de gemeente werden nauwelijks gelezen.

We hebben in anderhalf jaar ruim 2.200 huishoudens bezocht. Het budget kwam grotendeels uit de rijksmiddelen voor energiearmoede."""),
            ("ayilmaz", 86, """Vanuit de schuldhulpverlening een aanvulling: koppel het aan **vroegsignalering**. Bij ons krijgen huishoudens met een betalingsachterstand bij de energieleverancier standaard ook een aanbod van een energiecoach. Daarmee bereik je precies de mensen die het het hardst nodig hebben.

Omgekeerd vragen de energiecoaches bij elk bezoek ook of er geldzorgen zijn. Dat heeft ons tientallen aanmeldingen opgeleverd die we anders pas jaren later hadden gezien."""),
        ],
    },
    {
        "category": "klimaat-en-energietransitie",
        "title": "Hittestress in de wijk: welke maatregelen werken op korte termijn?",
        "asker": "tkramer",
        "days_ago": 12,
        "body": """Uit onze klimaatstresstest komt naar voren dat twee wijken met veel ouderen en weinig groen in de zomer echte **hitte-eilanden** zijn. De structurele herinrichting staat pas voor 2029 gepland, maar we willen nu al iets doen.

Ideeën die op tafel liggen: tegelwipactie, tijdelijke schaduwdoeken, extra bomen in bakken, een koele plek in het wijkcentrum en een belrondje bij hittegolven via de wijkteams.

**Welke kortetermijnmaatregelen tegen hittestress hebben bij jullie aantoonbaar effect gehad, en wat kostte dat?**""",
        "replies": [
            ("aprins", 10, """Wij hebben in twee wijken een **'koele route'** aangelegd: een looproute naar de winkels met extra schaduw (zonnezeilen op pleinen, grote bomen in bakken) en een paar watertappunten. Kosten ongeveer € 85.000 per wijk.

Het gebruik hebben we niet hard kunnen meten, maar de reacties van ouderen waren erg positief. Let op: zonnezeilen moeten buiten het seizoen weg, dat kost beheerbudget."""),
            ("mhoekstra", 7, """Het **belrondje bij hitte** vonden wij het meest effectief. Samen met de thuiszorgorganisaties en vrijwilligers bellen we bij een hitteplan-melding zo'n 600 kwetsbare inwoners. Goedkoop en mensen voelen zich gezien.

Tegelwippen werkte bij ons vooral in wijken met koopwoningen. In de huurwijken ging het pas lopen toen de corporatie meedeed."""),
        ],
    },
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
