"""Demo questions and replies in the domain Leefomgeving."""

# Each thread: category slug, title, asker key, days ago asked, body (Markdown), replies.
# Each reply: (person key, days ago, body Markdown)
LEEFOMGEVING = [
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
]
