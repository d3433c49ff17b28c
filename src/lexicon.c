/* The extractor's lexicons, as data. Add a word here and it is known everywhere:
 * the word table (wordtab.c) is built from these lists at ds_extract_init().
 * Lookups are case-insensitive; a word may carry several classes (they are OR-ed). */
#include "extract_int.h"

#define SUF DS__W_SUFFIX
#define STOP DS__W_STOPCAP
#define MON DS__W_MONTH
#define WDAY DS__W_WEEKDAY
#define TITLE DS__W_TITLE
#define PLACE DS__W_PLACE
#define NATION DS__W_NATION
#define ORGW DS__W_ORGWORD
#define SCALE DS__W_SCALE
#define CURW DS__W_CURWORD
#define NONP DS__W_NONPARTY
#define PREP DS__W_PREP
#define CONN DS__W_CONNECT
#define UNIT DS__W_UNITNOUN
#define CLAUSE DS__W_CLAUSE

const ds__word ds__words[] = {
    /* legal forms; dotted forms are matched with the dots removed ("s.a." -> "sa") */
    {"inc", SUF, 0}, {"incorporated", SUF, 0}, {"corp", SUF, 0}, {"corporation", SUF, 0},
    {"co", SUF, 0}, {"company", SUF, 0}, {"ltd", SUF, 0}, {"limited", SUF, 0},
    {"llc", SUF, 0}, {"plc", SUF, 0}, {"gmbh", SUF, 0}, {"ag", SUF, 0}, {"sa", SUF, 0},
    {"nv", SUF, 0}, {"bv", SUF, 0}, {"se", SUF, 0}, {"spa", SUF, 0}, {"ab", SUF, 0},
    {"asa", SUF, 0}, {"oyj", SUF, 0}, {"kk", SUF, 0}, {"lp", SUF, 0}, {"llp", SUF, 0},
    {"pte", SUF, 0}, {"pty", SUF, 0}, {"bhd", SUF, 0}, {"tbk", SUF, 0}, {"srl", SUF, 0},
    {"sas", SUF, 0}, {"kgaa", SUF, 0}, {"sarl", SUF, 0}, {"cos", SUF, 0}, {"pvt", SUF, 0},
    {"bsc", SUF, 0}, {"fsb", SUF, 0}, /* "Aluminium Bahrain B.S.C.", "Home Savings F.S.B." */
    /* "Tanjung Rimau Port Corporation Sdn. Bhd." */
    {"sdn", SUF, 0},
    {"sl", SUF, 0}, {"na", SUF, 0},   /* "Costalia Retail Group S.L.", "Harbor Lane Bank, N.A." */
    /* joint-stock forms of the Gulf, Russia and Central Asia, and the Finnish "Oy": "Emirates Water Company PJSC",
     * "Kazakh Rail JSC", "Oman Gas SAOG", "Doha Cables Q.P.S.C." */
    {"pjsc", SUF, 0}, {"jsc", SUF, 0}, {"oy", SUF, 0}, {"saog", SUF, 0}, {"qpsc", SUF, 0},
    {"bancorp", ORGW, 0}, {"holdings", ORGW, 0}, {"holding", ORGW, 0}, {"group", ORGW, 0},
    {"bank", ORGW, 0}, {"partners", ORGW, 0}, {"capital", ORGW, 0}, {"industries", ORGW, 0},
    {"international", ORGW, 0}, {"investments", ORGW, 0}, {"technologies", ORGW, 0},
    {"systems", ORGW, 0}, {"enterprises", ORGW, 0}, {"resources", ORGW, 0},
    {"airways", ORGW, 0}, {"airlines", ORGW, 0}, {"motors", ORGW, 0}, {"energy", ORGW, 0},
    {"pharmaceuticals", ORGW, 0}, {"association", ORGW, 0}, {"trust", ORGW, 0},
    {"financial", ORGW, 0}, {"ventures", ORGW, 0}, {"communications", ORGW, 0},
    {"works", ORGW, 0}, {"mills", ORGW, 0}, {"brothers", ORGW, 0}, {"laboratories", ORGW, 0},
    {"products", ORGW, 0}, {"stores", ORGW, 0}, {"foods", ORGW, 0}, {"electronics", ORGW, 0},
    {"fund", ORGW, 0}, {"funds", ORGW, 0}, {"reit", ORGW, 0}, /* "existing investor Ninebark Seed Fund": no person */

    /* function words and others that are capitalized only at a sentence start */
    {"the", STOP, 0}, {"a", STOP, 0}, {"an", STOP, 0}, {"in", STOP | PREP, 0},
    {"on", STOP, 0}, {"at", STOP, 0}, {"for", STOP | PREP, 0}, {"but", STOP, 0},
    {"and", STOP, 0}, {"or", STOP, 0}, {"as", STOP, 0}, {"it", STOP, 0}, {"its", STOP, 0},
    {"this", STOP, 0}, {"that", STOP | CLAUSE, 0}, {"these", STOP, 0}, {"those", STOP, 0},
    {"he", STOP, 0}, {"she", STOP, 0}, {"they", STOP, 0}, {"we", STOP, 0}, {"i", STOP, 0},
    {"our", STOP, 0}, {"their", STOP, 0}, {"his", STOP, 0}, {"her", STOP, 0},
    {"after", STOP, 0}, {"before", STOP, 0}, {"under", STOP, 0}, {"since", STOP, 0},
    {"while", STOP, 0}, {"when", STOP, 0}, {"with", STOP | PREP, 0}, {"without", STOP, 0},
    {"by", STOP | PREP, 0}, {"from", STOP | PREP, 0}, {"to", STOP | PREP, 0},
    {"of", STOP | PREP | CONN, 0}, {"into", STOP | PREP, 0}, {"between", STOP | PREP, 0},
    {"also", STOP, 0}, {"meanwhile", STOP, 0}, {"however", STOP, 0}, {"shares", STOP, 0},
    {"late", STOP, 0}, {"yesterday", STOP, 0}, {"today", STOP, 0}, {"tomorrow", STOP, 0},
    {"if", STOP, 0}, {"what", STOP, 0}, {"why", STOP, 0}, {"how", STOP, 0}, {"who", STOP | CLAUSE, 0},
    {"which", STOP | CLAUSE, 0}, {"whose", STOP | CLAUSE, 0}, {"there", STOP, 0}, {"here", STOP, 0},
    {"analysts", STOP, 0}, {"analyst", STOP | TITLE, 0}, {"sources", STOP, 0},
    {"terms", STOP, 0}, {"details", STOP, 0}, {"photo", STOP, 0}, {"logo", STOP, 0},
    {"parties", STOP, 0}, /* ("together with Tidewater, the "Parties""): a defined term, no name */
    {"email", STOP, 0}, {"newsletters", STOP, 0}, {"advertisement", STOP, 0},
    {"note", STOP, 0}, {"net", STOP, 0}, {"shr", STOP, 0}, {"revs", STOP, 0},
    /* "Individual investors", "Retail investors" at a sentence start */
    {"individual", STOP, 0}, {"retail", STOP, 0}, {"institutional", STOP, 0},
    /* "Existing Notely users have until March": the company's customers, not a name */
    {"existing", STOP, 0},
    /* "Activist Calder Ridge takes stake", "Billionaire activist investor Carl Icahn":
     * descriptions at a sentence's start, not part of a name */
    {"activist", STOP, 0}, {"billionaire", STOP, 0},
    {"series", STOP, 0}, /* "Series B" is a funding round */
    {"management", STOP, 0}, {"supervisory", STOP, 0}, /* "the Management Board of X" */
    /* acronyms of things, not companies: "EV chargers", "AI models", "LNG cargoes" */
    {"ev", STOP, 0}, {"evs", STOP, 0}, {"ai", STOP, 0}, {"lng", STOP, 0}, {"lpg", STOP, 0},
    {"gpu", STOP, 0}, {"gpus", STOP, 0}, {"esg", STOP, 0}, {"api", STOP, 0}, {"iot", STOP, 0},
    {"ipo", STOP, 0}, {"gdp", STOP, 0}, {"ebitda", STOP, 0}, {"suv", STOP, 0}, {"suvs", STOP, 0},
    {"cvr", STOP, 0}, {"cvrs", STOP, 0}, {"pe", STOP, 0}, {"vc", STOP, 0}, {"vcs", STOP, 0}, {"tv", STOP, 0}, {"pc", STOP, 0}, {"pcs", STOP, 0}, {"dvd", STOP, 0}, {"lcd", STOP, 0}, {"oled", STOP, 0},
    {"gps", STOP, 0}, {"hdtv", STOP, 0}, {"lte", STOP, 0}, {"cpu", STOP, 0}, {"cpus", STOP, 0},
    /* "small molecules that target RNA", "mRNA vaccines": molecules, not companies */
    {"rna", STOP, 0}, {"mrna", STOP, 0}, {"dna", STOP, 0},
    {"more", STOP, 0}, {"reuter", NONP, 0}, {"reuters", NONP, 0}, {"said", CLAUSE, 0},
    {"says", CLAUSE, 0}, {"according", CLAUSE, 0}, {"where", CLAUSE, 0},
    {"about", STOP, 0}, {"some", STOP, 0}, {"all", STOP, 0},
    {"both", STOP, 0}, {"each", STOP, 0}, {"every", STOP, 0}, {"another", STOP, 0}, {"class", STOP, 0}, {"past", STOP, 0}, {"other", STOP, 0}, {"one", STOP, 0},
    {"two", STOP, 0}, {"three", STOP, 0}, {"first", STOP, 0}, {"last", STOP, 0},
    {"dozens", STOP, 0}, {"treasuries", STOP, 0}, {"exchange-traded", STOP, 0}, {"etf", STOP, 0}, {"etfs", STOP, 0},
    {"new", 0, 0}, {"earlier", STOP, 0}, {"now", STOP, 0}, {"then", STOP, 0},
    {"together", STOP, 0}, {"founded", STOP, 0}, {"based", STOP, 0}, {"close", STOP, 0},
    {"stay", STOP, 0}, {"get", STOP, 0}, {"digital", 0, 0}, {"such", STOP, 0},
    {"despite", STOP, 0}, {"although", STOP, 0}, {"because", STOP, 0},
    {"following", STOP, 0}, {"including", STOP, 0}, {"once", STOP, 0}, {"should", STOP, 0},
    {"will", STOP, 0}, {"would", STOP, 0}, {"could", STOP, 0}, {"can", STOP, 0},
    {"may", MON, 5}, {"is", STOP, 0}, {"was", STOP, 0}, {"are", STOP, 0}, {"do", STOP, 0},
    {"does", STOP, 0}, {"not", STOP, 0}, {"no", STOP, 0}, {"yes", STOP, 0}, {"so", STOP, 0},
    {"than", STOP, 0}, {"any", STOP, 0}, {"you", STOP, 0}, {"your", STOP, 0},
    {"my", STOP, 0}, {"us", STOP, 0}, {"them", STOP, 0}, {"many", STOP, 0},
    {"most", STOP, 0}, {"much", STOP, 0}, {"several", STOP, 0}, {"only", STOP, 0},
    {"chairman", TITLE | STOP, 0}, {"chairwoman", TITLE | STOP, 0}, {"president", TITLE | STOP, 0},
    {"chief", TITLE | STOP, 0}, {"executive", TITLE | STOP, 0}, {"officer", TITLE | STOP, 0},
    {"ceo", TITLE | STOP, 0}, {"cfo", TITLE | STOP, 0}, {"coo", TITLE | STOP, 0},
    {"cto", TITLE | STOP, 0}, {"director", TITLE | STOP, 0}, {"managing", TITLE | STOP, 0},
    {"minister", TITLE | STOP, 0}, {"mr", TITLE | STOP, 0}, {"mrs", TITLE | STOP, 0},
    {"ms", TITLE | STOP, 0}, {"dr", TITLE | STOP, 0}, {"prof", TITLE | STOP, 0},
    {"professor", TITLE | STOP, 0}, {"sen", TITLE | STOP, 0}, {"senator", TITLE | STOP, 0},
    {"spokesman", TITLE | STOP, 0}, {"spokeswoman", TITLE | STOP, 0},
    {"spokesperson", TITLE | STOP, 0}, {"founder", TITLE | STOP, 0}, {"head", TITLE | STOP, 0},
    {"vice", TITLE | STOP, 0}, {"secretary", TITLE | STOP, 0}, {"treasurer", TITLE | STOP, 0},
    {"governor", TITLE | STOP, 0}, {"financier", TITLE, 0},
    {"sheikh", TITLE | STOP, 0}, {"democrats", NONP, 0}, {"wsj", NONP, 0}, {"nyt", NONP, 0},
    {"nikkei", NONP, 0}, {"ftse", NONP, 0}, {"dax", NONP, 0}, {"topix", NONP, 0}, {"kospi", NONP, 0},
    {"sensex", NONP, 0}, {"labour", NONP, 0},
    /* a wire story's slug before its headline: "UPDATE 2-Brisco to buy Lantern" */
    {"update", NONP, 0}, {"rpt", NONP, 0}, {"refile", NONP, 0}, {"factbox", NONP, 0},
    {"wrapup", NONP, 0}, {"dealtalk", NONP, 0}, {"breakingviews", NONP, 0}, {"corrected", NONP, 0},
    {"tories", NONP, 0}, {"conservatives", NONP, 0}, {"party", NONP, 0}, {"poll", NONP, 0}, {"congressional", NONP, 0}, {"ecus", NONP, 0}, {"reserve", NONP, 0},
    {"program", NONP, 0}, {"programme", NONP, 0},
    /* "a private investment in public equity ("PIPE") financing": a kind of
     * financing named by its acronym, not a company */
    {"pipe", NONP, 0},
    {"republicans", NONP, 0}, {"internet", STOP, 0}, {"web", STOP, 0},
    {"mayor", TITLE | STOP, 0}, {"lawmaker", TITLE | STOP, 0}, {"republican", TITLE | STOP, 0},
    {"democrat", TITLE | STOP, 0},
    {"editor", TITLE | STOP, 0}, {"manager", TITLE | STOP, 0},
    {"general", 0, 0}, {"senior", TITLE | STOP, 0}, {"executives", STOP, 0},
    {"sir", TITLE | STOP, 0}, {"lord", TITLE | STOP, 0}, {"judge", TITLE | STOP, 0}, {"chancellor", TITLE | STOP, 0}, {"premier", TITLE | STOP, 0},
    {"prince", TITLE | STOP, 0}, {"princess", TITLE | STOP, 0}, {"king", TITLE | STOP, 0}, {"queen", TITLE | STOP, 0}, {"attorney", TITLE | STOP, 0},

    {"january", MON | STOP, 1}, {"jan", MON | STOP, 1}, {"february", MON | STOP, 2},
    {"feb", MON | STOP, 2}, {"march", MON | STOP, 3}, {"mar", MON | STOP, 3},
    {"april", MON | STOP, 4}, {"apr", MON | STOP, 4}, {"june", MON | STOP, 6},
    {"jun", MON | STOP, 6}, {"july", MON | STOP, 7}, {"jul", MON | STOP, 7},
    {"august", MON | STOP, 8}, {"aug", MON | STOP, 8}, {"september", MON | STOP, 9},
    {"sept", MON | STOP, 9}, {"sep", MON | STOP, 9}, {"october", MON | STOP, 10},
    {"oct", MON | STOP, 10}, {"november", MON | STOP, 11}, {"nov", MON | STOP, 11},
    {"december", MON | STOP, 12}, {"dec", MON | STOP, 12},
    {"monday", WDAY | STOP, 1}, {"tuesday", WDAY | STOP, 2}, {"wednesday", WDAY | STOP, 3},
    {"thursday", WDAY | STOP, 4}, {"friday", WDAY | STOP, 5}, {"saturday", WDAY | STOP, 6},
    {"sunday", WDAY | STOP, 0},

    /* places: never parties on their own */
    {"u.s.", PLACE, 0}, {"us", PLACE | STOP, 0}, {"usa", PLACE, 0}, {"america", PLACE, 0},
    {"united", PLACE, 0}, {"states", PLACE, 0}, {"new", PLACE, 0}, {"hong", PLACE, 0},
    {"within", STOP, 0}, {"across", STOP, 0}, {"among", STOP, 0}, {"amid", STOP, 0},
    {"against", STOP, 0}, {"through", STOP, 0}, {"during", STOP, 0}, {"major", STOP, 0},
    {"has", STOP, 0}, {"had", STOP, 0}, {"have", STOP, 0}, {"been", STOP, 0},
    {"were", STOP, 0}, {"did", STOP, 0}, {"instead", STOP, 0}, {"already", STOP, 0},
    {"still", STOP, 0}, {"even", STOP, 0}, {"just", STOP, 0}, {"again", STOP, 0},
    {"asked", STOP, 0}, {"speaking", STOP, 0}, {"people", STOP, 0},
    {"investors", STOP, 0}, /* "Shareholders of X", "the Boards of Directors of X": X's */
    {"shareholders", STOP, 0}, {"stockholders", STOP, 0}, {"holders", STOP, 0}, {"directors", STOP, 0}, {"traders", STOP, 0}, {"officials", STOP, 0},
    {"separately", STOP, 0}, {"overall", STOP, 0},
    {"currently", STOP, 0}, {"additionally", STOP, 0}, {"further", STOP, 0},
    {"initially", STOP, 0}, {"recently", STOP, 0}, {"previously", STOP, 0},
    {"according", STOP | CLAUSE, 0}, {"rumors", STOP, 0},
    {"angola", PLACE, 0}, {"pa", PLACE, 0}, {"n.z.", PLACE, 0}, {"newfoundland", PLACE, 0}, {"bavaria", PLACE, 0}, {"gmt", STOP, 0}, {"edt", STOP, 0}, {"est", STOP, 0}, {"bst", STOP, 0}, {"cet", STOP, 0}, {"sub-saharan", PLACE, 0}, {"h.k.", PLACE | STOP, 0}, {"a.m.", STOP, 0}, {"p.m.", STOP, 0}, {"nz", PLACE, 0}, {"chapter", STOP, 0},
    {"clyde", PLACE, 0}, {"tyne", PLACE, 0}, {"thames", PLACE, 0}, {"mersey", PLACE, 0}, /* "a yard on the Clyde" */
    {"greater", PLACE, 0}, {"tallinn", PLACE, 0}, {"riga", PLACE, 0}, {"vilnius", PLACE, 0}, /* "Greater China", "Greater Manchester" */
    {"belarus", PLACE, 0}, {"benelux", PLACE, 0}, {"omaha", PLACE, 0}, {"neb", PLACE, 0},
    {"springfield", PLACE, 0}, {"fremont", PLACE, 0},
    {"macau", PLACE, 0}, {"macao", PLACE, 0}, {"anhui", PLACE, 0}, {"kyoto", PLACE, 0},
    {"edinburgh", PLACE, 0}, {"glasgow", PLACE, 0}, {"leeds", PLACE, 0}, {"manchester", PLACE, 0},
    {"birmingham", PLACE, 0}, {"bristol", PLACE, 0}, {"pune", PLACE, 0}, {"chennai", PLACE, 0},
    {"bengaluru", PLACE, 0}, {"hyderabad", PLACE, 0}, {"kolkata", PLACE, 0},
    {"binding", STOP, 0}, {"highlights", STOP, 0}, /* "HIGHLIGHTS\n- Binding offtake agreement signed with X" */
    /* countries a company is "based in" ("based in Muscat, Oman, have signed") */
    {"oman", PLACE, 0}, {"muscat", PLACE, 0}, {"bahrain", PLACE, 0}, {"morocco", PLACE, 0}, {"ghana", PLACE, 0},
    {"ethiopia", PLACE, 0}, {"tanzania", PLACE, 0}, {"uganda", PLACE, 0}, {"zambia", PLACE, 0},
    {"colombia", PLACE, 0}, {"venezuela", PLACE, 0}, {"ecuador", PLACE, 0}, {"bolivia", PLACE, 0},
    {"uruguay", PLACE, 0}, {"paraguay", PLACE, 0}, {"kazakhstan", PLACE, 0}, {"uzbekistan", PLACE, 0},
    {"mongolia", PLACE, 0}, {"cambodia", PLACE, 0}, {"myanmar", PLACE, 0}, {"bangladesh", PLACE, 0},
    {"nepal", PLACE, 0}, {"iceland", PLACE, 0}, {"estonia", PLACE, 0}, {"latvia", PLACE, 0},
    {"lithuania", PLACE, 0}, {"slovakia", PLACE, 0}, {"slovenia", PLACE, 0}, {"croatia", PLACE, 0},
    {"serbia", PLACE, 0}, {"bulgaria", PLACE, 0}, {"cyprus", PLACE, 0}, {"malta", PLACE, 0}, {"lebanon", PLACE, 0},
    {"kuwait", PLACE, 0}, {"algeria", PLACE, 0}, {"tunisia", PLACE, 0}, {"siberia", PLACE, 0},
    {"michigan", PLACE, 0}, {"illinois", PLACE, 0}, {"virginia", PLACE, 0},
    {"pennsylvania", PLACE, 0}, {"georgia", PLACE, 0}, {"tennessee", PLACE, 0},
    {"tenn", PLACE, 0}, {"memphis", PLACE, 0}, {"alaska", PLACE, 0}, {"nevada", PLACE, 0},
    {"jersey", PLACE, 0}, {"carolina", PLACE, 0}, {"arizona", PLACE, 0}, {"colorado", PLACE, 0},
    {"gulf", PLACE, 0}, {"mexico's", PLACE, 0}, {"latin", PLACE, 0}, {"middle", PLACE, 0},
    {"east", PLACE, 0}, {"west", PLACE, 0}, {"western", PLACE, 0}, {"eastern", 0, 0}, {"kingdom", PLACE, 0}, {"uk", PLACE, 0},
    {"u.k.", PLACE, 0}, {"britain", PLACE, 0}, {"england", PLACE, 0}, {"london", PLACE, 0},
    {"china", PLACE, 0}, {"japan", PLACE, 0}, {"germany", PLACE, 0}, {"france", PLACE, 0},
    {"italy", PLACE, 0}, {"spain", PLACE, 0}, {"canada", PLACE, 0}, {"australia", PLACE, 0},
    {"india", PLACE, 0}, {"russia", PLACE, 0}, {"brazil", PLACE, 0}, {"mexico", PLACE, 0},
    {"korea", PLACE, 0}, {"south", PLACE, 0}, {"north", PLACE, 0}, {"europe", PLACE, 0},
    {"asia", PLACE, 0}, {"africa", PLACE, 0}, {"switzerland", PLACE, 0},
    {"netherlands", PLACE, 0}, {"sweden", PLACE, 0}, {"norway", PLACE, 0},
    {"poland", PLACE, 0}, {"ireland", PLACE, 0}, {"israel", PLACE, 0}, {"egypt", PLACE, 0},
    {"turkey", PLACE, 0}, {"iran", PLACE, 0}, {"iraq", PLACE, 0}, {"indonesia", PLACE, 0},
    {"singapore", PLACE, 0}, {"taiwan", PLACE, 0}, {"kong", PLACE, 0},
    {"new york", PLACE, 0}, {"york", PLACE, 0}, {"city", PLACE, 0}, {"washington", PLACE, 0}, {"tokyo", PLACE, 0},
    {"paris", PLACE, 0}, {"frankfurt", PLACE, 0}, {"zurich", PLACE, 0}, {"shanghai", PLACE, 0},
    {"beijing", PLACE, 0}, {"shenzhen", PLACE, 0}, {"chicago", PLACE, 0}, {"toronto", PLACE, 0},
    {"sydney", PLACE, 0}, {"melbourne", PLACE, 0}, {"seoul", PLACE, 0}, {"mumbai", PLACE, 0},
    /* regions */
    {"asia", PLACE, 0}, {"southeast", PLACE, 0}, {"europe", PLACE, 0}, {"africa", PLACE, 0},
    {"latin", PLACE, 0}, {"america", PLACE, 0}, {"middle", PLACE, 0}, {"east", PLACE, 0},
    {"gulf", PLACE, 0}, {"nordic", PLACE, 0}, {"baltic", PLACE, 0}, {"pacific", PLACE, 0},
    /* exchanges report, they are no party */
    {"bursa", NONP, 0},
    /* cities (datelines, headquarters) */
    {"copenhagen", PLACE, 0}, {"helsinki", PLACE, 0}, {"rome", PLACE, 0}, {"vienna", PLACE, 0}, {"prague", PLACE, 0}, {"warsaw", PLACE, 0}, {"budapest", PLACE, 0}, {"lisbon", PLACE, 0}, {"dublin", PLACE, 0}, {"hamburg", PLACE, 0}, {"berlin", PLACE, 0}, {"istanbul", PLACE, 0}, {"riyadh", PLACE, 0}, {"doha", PLACE, 0}, {"cairo", PLACE, 0}, {"johannesburg", PLACE, 0}, {"nairobi", PLACE, 0}, {"jakarta", PLACE, 0}, {"manila", PLACE, 0}, {"bangkok", PLACE, 0}, {"hanoi", PLACE, 0}, {"taipei", PLACE, 0}, {"osaka", PLACE, 0}, {"auckland", PLACE, 0}, {"calgary", PLACE, 0}, {"miami", PLACE, 0}, {"philadelphia", PLACE, 0}, {"santiago", PLACE, 0}, {"lima", PLACE, 0}, {"bogota", PLACE, 0}, {"zug", PLACE, 0}, {"basel", PLACE, 0}, {"lyon", PLACE, 0}, {"marseille", PLACE, 0}, {"rotterdam", PLACE, 0}, {"antwerp", PLACE, 0}, {"gothenburg", PLACE, 0}, {"bergen", PLACE, 0}, {"krakow", PLACE, 0}, {"athens", PLACE, 0}, {"tel", PLACE, 0}, {"aviv", PLACE, 0}, {"abu", PLACE, 0}, {"dhabi", PLACE, 0}, {"karachi", PLACE, 0}, {"dhaka", PLACE, 0}, {"colombo", PLACE, 0}, {"perth", PLACE, 0}, {"brisbane", PLACE, 0}, {"adelaide", PLACE, 0}, {"kuala", PLACE, 0}, {"lumpur", PLACE, 0}, {"guangzhou", PLACE, 0}, {"chengdu", PLACE, 0}, {"wuhan", PLACE, 0}, {"tianjin", PLACE, 0}, {"nagoya", PLACE, 0}, {"busan", PLACE, 0},
    /* U.S. states */
    {"alabama", PLACE, 0}, {"arkansas", PLACE, 0}, {"connecticut", PLACE, 0}, {"delaware", PLACE, 0}, {"hawaii", PLACE, 0}, {"idaho", PLACE, 0}, {"indiana", PLACE, 0}, {"iowa", PLACE, 0}, {"kansas", PLACE, 0}, {"kentucky", PLACE, 0}, {"louisiana", PLACE, 0}, {"maine", PLACE, 0}, {"maryland", PLACE, 0}, {"minnesota", PLACE, 0}, {"mississippi", PLACE, 0}, {"missouri", PLACE, 0}, {"montana", PLACE, 0}, {"nebraska", PLACE, 0}, {"oklahoma", PLACE, 0}, {"oregon", PLACE, 0}, {"utah", PLACE, 0}, {"vermont", PLACE, 0}, {"wisconsin", PLACE, 0}, {"wyoming", PLACE, 0}, {"dakota", PLACE, 0}, {"hampshire", PLACE, 0},
    {"texas", PLACE, 0}, {"california", PLACE, 0}, {"calif", PLACE, 0},
    {"va", PLACE, 0}, {"md", PLACE, 0}, {"ga", PLACE, 0}, {"fla", PLACE, 0}, {"tex", PLACE, 0}, {"ill", PLACE, 0}, {"mich", PLACE, 0}, {"ore", PLACE, 0}, {"colo", PLACE, 0}, {"ariz", PLACE, 0}, {"minn", PLACE, 0}, {"wis", PLACE, 0}, {"ky", PLACE, 0}, {"okla", PLACE, 0}, {"nev", PLACE, 0}, {"ala", PLACE, 0}, {"ark", PLACE, 0}, {"kan", PLACE, 0}, {"nj", PLACE, 0}, {"n.j.", PLACE, 0}, {"n.y.", PLACE, 0}, {"n.c.", PLACE, 0}, {"s.c.", PLACE, 0}, {"wash.", PLACE, 0}, {"ind.", PLACE, 0}, {"miss.", PLACE, 0}, {"la.", PLACE, 0}, {"mo.", PLACE, 0}, {"vt.", PLACE, 0}, {"n.h.", PLACE, 0}, {"r.i.", PLACE, 0}, {"w.va.", PLACE, 0}, {"d.c.", PLACE, 0}, {"ohio", PLACE, 0},
    {"massachusetts", PLACE, 0}, {"mass", PLACE, 0}, {"conn", PLACE, 0}, {"n.j.", PLACE, 0},
    {"n.y.", PLACE, 0}, {"florida", PLACE, 0}, {"europe's", PLACE, 0}, {"ukraine", PLACE, 0},
    {"turkmenistan", PLACE, 0}, {"wall", 0, 0}, {"street", 0, 0}, {"alberta", PLACE, 0},
    {"ontario", PLACE, 0}, {"quebec", PLACE, 0}, {"dubai", PLACE, 0}, {"qatar", PLACE, 0},
    /* ("Oman's Al Sahil Hydrogen Company": the country's possessive is no part of it) */
    {"oman", PLACE, 0}, {"bahrain", PLACE, 0}, {"morocco", PLACE, 0}, {"colombia", PLACE, 0},
    {"bangladesh", PLACE, 0}, {"kazakhstan", PLACE, 0}, {"uae", PLACE, 0}, {"ghana", PLACE, 0},
    {"ethiopia", PLACE, 0}, {"tanzania", PLACE, 0}, {"lebanon", PLACE, 0}, {"cyprus", PLACE, 0},
    {"iceland", PLACE, 0},
    {"columbia", PLACE, 0}, {"manitoba", PLACE, 0}, {"saskatchewan", PLACE, 0}, /* "British Columbia" */
    {"queensland", PLACE, 0}, {"tasmania", PLACE, 0},
    {"saudi", PLACE, 0}, {"arabia", PLACE, 0}, {"emirates", 0, 0}, {"belgium", PLACE, 0},
    {"denmark", PLACE, 0}, {"finland", PLACE, 0}, {"austria", PLACE, 0}, {"argentina", PLACE, 0},
    {"chile", PLACE, 0}, {"peru", PLACE, 0}, {"nigeria", PLACE, 0}, {"kenya", PLACE, 0},
    {"vietnam", PLACE, 0}, {"thailand", PLACE, 0}, {"malaysia", PLACE, 0},
    {"philippines", PLACE, 0}, {"pakistan", PLACE, 0}, {"greece", PLACE, 0},
    {"portugal", PLACE, 0}, {"hungary", PLACE, 0}, {"romania", PLACE, 0}, {"zealand", PLACE, 0},
    {"westborough", PLACE, 0}, {"boston", PLACE, 0}, {"houston", PLACE, 0}, {"dallas", PLACE, 0},
    {"atlanta", PLACE, 0}, {"detroit", PLACE, 0}, {"seattle", PLACE, 0}, {"denver", PLACE, 0},
    {"minneapolis", PLACE, 0}, {"pittsburgh", PLACE, 0}, {"montreal", PLACE, 0},
    {"vancouver", PLACE, 0}, {"milan", PLACE, 0}, {"madrid", PLACE, 0}, {"brussels", PLACE, 0},
    {"amsterdam", PLACE, 0}, {"stockholm", PLACE, 0}, {"oslo", PLACE, 0}, {"moscow", PLACE, 0},
    {"bangalore", PLACE, 0}, {"delhi", PLACE, 0}, {"wellington", PLACE, 0}, {"lagos", PLACE, 0},
    {"munich", PLACE, 0}, {"geneva", PLACE, 0}, {"bermuda", PLACE, 0}, {"luxembourg", PLACE, 0},
    {"san", PLACE, 0}, {"los", PLACE, 0}, {"angeles", PLACE, 0}, {"francisco", PLACE, 0},
    {"american", NATION, 0}, {"african", NATION, 0}, {"arab", NATION, 0}, {"chinese", NATION, 0}, {"japanese", NATION, 0},
    {"german", NATION, 0}, {"french", NATION, 0}, {"british", NATION, 0},
    /* the people of a country, in the plural ("Venezuelans may have invested $3 billion"):
     * never a company */
    {"americans", STOP, 0}, {"europeans", STOP, 0}, {"britons", STOP, 0}, {"germans", STOP, 0},
    {"canadians", STOP, 0}, {"australians", STOP, 0}, {"russians", STOP, 0}, {"venezuelans", STOP, 0},
    {"mexicans", STOP, 0}, {"brazilians", STOP, 0}, {"italians", STOP, 0}, {"iranians", STOP, 0},
    {"iraqis", STOP, 0}, {"israelis", STOP, 0}, {"palestinians", STOP, 0}, {"argentines", STOP, 0},
    {"nos", STOP, 0}, /* "Google and Yahoo, Nos. 1 and 2 in search" */
    {"swiss", NATION, 0}, {"dutch", NATION, 0}, {"italian", NATION, 0},
    /* regions' adjectives: "the Bavarian drivetrain specialist" */
    {"bavarian", NATION, 0}, {"catalan", NATION, 0}, {"basque", NATION, 0}, {"flemish", NATION, 0},
    {"spanish", NATION, 0}, {"canadian", NATION, 0}, {"australian", NATION, 0},
    {"indian", NATION, 0}, {"russian", NATION, 0}, {"korean", NATION, 0},
    {"european", NATION, 0}, {"asian", NATION, 0}, {"swedish", NATION, 0},
    {"brazilian", NATION, 0}, {"mexican", NATION, 0}, {"israeli", NATION, 0},
    {"taiwanese", NATION, 0}, {"indonesian", NATION, 0}, {"egyptian", NATION, 0},
    {"ukrainian", NATION, 0}, {"irish", NATION, 0}, {"norwegian", NATION, 0},
    {"danish", NATION, 0}, {"finnish", NATION, 0}, {"belgian", NATION, 0},
    {"anglo-dutch", NATION, 0}, {"angolan", NATION, 0}, {"kuwaiti", NATION, 0}, {"qatari", NATION, 0}, {"emirati", NATION, 0}, {"nigerian", NATION, 0}, {"kenyan", NATION, 0}, {"ghanaian", NATION, 0}, {"algerian", NATION, 0}, {"moroccan", NATION, 0}, {"tunisian", NATION, 0}, {"libyan", NATION, 0}, {"iraqi", NATION, 0}, {"iranian", NATION, 0}, {"syrian", NATION, 0}, {"lebanese", NATION, 0}, {"jordanian", NATION, 0}, {"turkish", NATION, 0}, {"greek", NATION, 0}, {"polish", NATION, 0}, {"czech", NATION, 0}, {"slovak", NATION, 0}, {"hungarian", NATION, 0}, {"romanian", NATION, 0}, {"bulgarian", NATION, 0}, {"serbian", NATION, 0}, {"croatian", NATION, 0}, {"austrian", NATION, 0}, {"portuguese", NATION, 0}, {"argentine", NATION, 0}, {"argentinian", NATION, 0}, {"chilean", NATION, 0}, {"peruvian", NATION, 0}, {"colombian", NATION, 0}, {"venezuelan", NATION, 0}, {"cuban", NATION, 0}, {"vietnamese", NATION, 0}, {"thai", NATION, 0}, {"malaysian", NATION, 0}, {"filipino", NATION, 0}, {"pakistani", NATION, 0}, {"bangladeshi", NATION, 0}, {"mongolian", NATION, 0}, {"kazakh", NATION, 0}, {"belarusian", NATION, 0}, {"georgian", NATION, 0}, {"armenian", NATION, 0}, {"scottish", NATION, 0}, {"welsh", NATION, 0}, {"singaporean", NATION, 0}, {"bahraini", NATION, 0}, {"omani", NATION, 0}, {"yemeni", NATION, 0}, {"zambian", NATION, 0}, {"zimbabwean", NATION, 0}, {"ethiopian", NATION, 0}, {"tanzanian", NATION, 0}, {"ugandan", NATION, 0}, {"icelandic", NATION, 0}, {"estonian", NATION, 0}, {"latvian", NATION, 0}, {"lithuanian", NATION, 0}, {"slovenian", NATION, 0}, {"luxembourgish", NATION, 0}, {"monegasque", NATION, 0}, {"cypriot", NATION, 0}, {"maltese", NATION, 0}, {"latin-american", NATION, 0}, {"pan-european", NATION, 0}, {"sino-foreign", NATION, 0}, {"philippine", NATION, 0}, {"franco-german", NATION, 0}, {"franco-british", NATION, 0}, {"franco-italian", NATION, 0}, {"franco-belgian", NATION, 0}, {"anglo-american", NATION, 0}, {"anglo-french", NATION, 0}, {"anglo-australian", NATION, 0}, {"anglo-swiss", NATION, 0}, {"swiss-swedish", NATION, 0}, {"german-american", NATION, 0}, {"sino-us", NATION, 0}, {"sino-japanese", NATION, 0}, {"italo-french", NATION, 0},
    {"block", STOP, 0}, {"exchange", ORGW, 0}, {"factbox", STOP, 0}, {"timeline", STOP, 0}, {"u.s.-based", NATION, 0}, {"saudi", NATION | PLACE, 0},

    /* never a deal party: regulators, exchanges, agencies, courts, news services */
    {"sec", NONP, 0}, {"securities", NONP, 0}, {"commission", NONP, 0}, {"ftc", NONP, 0},
    {"department", ORGW, 0}, {"ministry", ORGW, 0},
    {"nasdaq", NONP, 0}, {"court", NONP, 0},
    {"prnewswire", NONP, 0}, {"businesswire", NONP, 0}, {"congress", NONP, 0},
    {"newswire", NONP, 0}, /* "TOKYO, Jan 20, 2026 - (JCN Newswire) -": who carries the release */
    {"parliament", NONP, 0}, {"tribunal", NONP, 0}, {"fed", NONP, 0}, {"treasury", NONP, 0},
    {"opec", NONP, 0}, {"bbc", NONP, 0}, {"cnbc", NONP, 0}, {"bloomberg", NONP, 0},
    {"journal", NONP, 0}, {"times", NONP, 0}, {"agency", NONP, 0}, {"regulators", NONP, 0},
    {"senate", NONP, 0}, {"house", NONP, 0}, {"board", STOP, 0}, {"committee", NONP, 0},
    /* events: "the Paris Air Show", "the World Economic Forum" (a name ending so) */
    {"show", NONP, 0}, {"expo", NONP, 0}, {"fair", NONP, 0}, {"summit", NONP, 0},
    {"exhibition", NONP, 0}, {"festival", NONP, 0}, {"conference", NONP, 0}, {"forum", NONP, 0},
    {"olympics", NONP, 0},
    {"union", 0, 0}, {"eu", NONP, 0}, {"ec", NONP, 0}, {"state", NONP, 0}, {"trade", 0, 0},

    /* currency codes are written in capitals but are not names */
    {"usd", STOP, 0}, {"eur", STOP, 0}, {"gbp", STOP, 0}, {"jpy", STOP, 0}, {"cny", STOP, 0},
    {"rmb", STOP, 0}, {"chf", STOP, 0}, {"cad", STOP, 0}, {"aud", STOP, 0}, {"hkd", STOP, 0},
    {"inr", STOP, 0}, {"krw", STOP, 0}, {"sek", STOP, 0}, {"nok", STOP, 0}, {"dkk", STOP, 0},
    {"dlrs", STOP, 0}, {"dlr", STOP, 0}, {"stg", STOP, 0},
    /* currency words written after the amount: part of a money phrase ("a 2.3 billion
     * euro takeover offer", "won a 1.2 billion euro contract") */
    {"dlrs", CURW, 0}, {"dlr", CURW, 0}, {"dollars", CURW, 0}, {"dollar", CURW, 0},
    {"stg", CURW, 0}, {"pounds", CURW, 0}, {"pound", CURW, 0}, {"sterling", CURW, 0},
    {"euros", CURW, 0}, {"euro", CURW, 0}, {"yen", CURW, 0}, {"rupees", CURW, 0},
    {"francs", CURW, 0}, {"franc", CURW, 0}, {"crowns", CURW, 0}, {"reais", CURW, 0},
    {"yuan", CURW, 0}, {"renminbi", CURW, 0}, {"pesos", CURW, 0}, {"ringgit", CURW, 0},
    {"rupiah", CURW, 0}, {"baht", CURW, 0}, {"roubles", CURW, 0}, {"rubles", CURW, 0},
    {"riyals", CURW, 0}, {"dirhams", CURW, 0}, {"zloty", CURW, 0}, {"zlotys", CURW, 0},
    {"forint", CURW, 0}, {"forints", CURW, 0}, {"kronor", CURW, 0}, {"korunas", CURW, 0},
    {"koruna", CURW, 0}, {"hryvnias", CURW, 0}, {"tenge", CURW, 0}, {"rupee", CURW, 0},
    {"shekel", CURW, 0}, {"shekels", CURW, 0}, {"dirham", CURW, 0}, {"riyal", CURW, 0},
    {"dinar", CURW, 0}, {"dinars", CURW, 0}, {"lira", CURW, 0}, {"naira", CURW, 0},
    {"cedis", CURW, 0}, {"shillings", CURW, 0}, {"rand", CURW, 0}, {"won", CURW, 0},
    {"riyals", CURW, 0}, {"dirhams", CURW, 0}, {"zlotys", CURW, 0}, {"zloty", CURW, 0},
    {"forints", CURW, 0}, {"forint", CURW, 0}, {"lira", CURW, 0}, {"shekels", CURW, 0},
    {"naira", CURW, 0}, {"guilders", CURW, 0},
    {"lire", CURW, 0}, {"dinars", CURW, 0}, {"pesetas", CURW, 0}, {"schillings", CURW, 0},
    {"markka", CURW, 0}, {"escudos", CURW, 0}, {"drachmas", CURW, 0}, {"korunas", CURW, 0},
    {"crowns", CURW, 0}, {"kronor", CURW, 0}, {"kroner", CURW, 0}, {"rupee", CURW, 0},

    /* value scales: val is the power of ten */
    {"thousand", SCALE, 3}, {"k", SCALE, 3}, {"million", SCALE, 6}, {"mln", SCALE, 6},
    {"m", SCALE, 6}, {"mn", SCALE, 6}, {"mil", SCALE, 6}, {"billion", SCALE, 9},
    {"bln", SCALE, 9}, {"bn", SCALE, 9}, {"b", SCALE, 9}, {"trillion", SCALE, 12},
    {"tln", SCALE, 12}, {"crore", SCALE, 7}, {"crores", SCALE, 7}, {"lakh", SCALE, 5},
    {"lakhs", SCALE, 5},

    /* connectors allowed inside names (lowercase) */
    {"de", CONN, 0}, {"du", CONN, 0}, {"la", CONN, 0}, {"des", CONN, 0}, {"del", CONN, 0},
    {"van", CONN, 0}, {"von", CONN, 0}, {"&", CONN, 0}, {"do", CONN, 0}, {"da", CONN, 0},
    {"dos", CONN, 0}, {"das", CONN, 0}, {"di", CONN, 0}, {"dei", CONN, 0}, {"della", CONN, 0},
    {"degli", CONN, 0},

    /* nouns naming a piece of a company: "its Trenton Works division" */
    {"unit", UNIT, 0}, {"units", UNIT, 0}, {"division", UNIT, 0}, {"business", UNIT, 0},
    {"businesses", UNIT, 0}, {"subsidiary", UNIT, 0}, {"operations", UNIT, 0},
    {"arm", UNIT, 0}, {"brand", UNIT, 0}, {"label", UNIT, 0}, {"assets", UNIT, 0},
    {"plant", UNIT, 0}, {"office", UNIT, 0}, {"branches", UNIT, 0},
    {"refinery", UNIT, 0}, {"mine", UNIT, 0}, {"factory", UNIT, 0}, {"mill", UNIT, 0},
    {"terminal", UNIT, 0}, {"smelter", UNIT, 0},
    /* assets sold as a whole: "sell its headquarters building in Dallas to X" */
    {"factory", UNIT, 0}, {"mill", UNIT, 0}, {"refinery", UNIT, 0}, {"mine", UNIT, 0},
    {"building", UNIT, 0}, {"hotel", UNIT, 0}, {"chain", UNIT, 0}, {"portfolio", UNIT, 0},

    /* prepositions other than the frame's (by, from, to, with, in, of, for): a name after
     * them is in no slot */
    {"on", DS__W_OTHERPREP, 0}, {"at", DS__W_OTHERPREP, 0}, {"after", DS__W_OTHERPREP, 0}, {"under", DS__W_OTHERPREP, 0}, {"against", DS__W_OTHERPREP, 0}, {"over", DS__W_OTHERPREP, 0},
    {"than", DS__W_OTHERPREP, 0}, {"as", DS__W_OTHERPREP, 0}, {"like", DS__W_OTHERPREP, 0}, {"among", DS__W_OTHERPREP, 0}, {"including", DS__W_OTHERPREP, 0}, {"near", DS__W_OTHERPREP, 0},
    {"through", DS__W_OTHERPREP, 0}, {"without", DS__W_OTHERPREP, 0}, {"since", DS__W_OTHERPREP, 0}, {"about", DS__W_OTHERPREP, 0}, {"via", DS__W_OTHERPREP, 0}, {"amid", DS__W_OTHERPREP, 0},
    {"until", DS__W_OTHERPREP, 0}, {"during", DS__W_OTHERPREP, 0}, {"using", DS__W_OTHERPREP, 0}, {"across", DS__W_OTHERPREP, 0}, {"within", DS__W_OTHERPREP, 0},

    /* goods counted in orders: a name between the count and the noun is a model */
    {"jets", DS__W_PRODUCT, 0}, {"aircraft", DS__W_PRODUCT, 0}, {"planes", DS__W_PRODUCT, 0},
    {"airliners", DS__W_PRODUCT, 0}, {"engines", DS__W_PRODUCT, 0}, {"trucks", DS__W_PRODUCT, 0},
    {"cars", DS__W_PRODUCT, 0}, {"vehicles", DS__W_PRODUCT, 0}, {"locomotives", DS__W_PRODUCT, 0},
    {"ships", DS__W_PRODUCT, 0}, {"vessels", DS__W_PRODUCT, 0}, {"turbines", DS__W_PRODUCT, 0},
    {"satellites", DS__W_PRODUCT, 0}, {"helicopters", DS__W_PRODUCT, 0}, {"tankers", DS__W_PRODUCT, 0},
    {"carriers", DS__W_PRODUCT, 0}, {"bulkers", DS__W_PRODUCT, 0}, {"freighters", DS__W_PRODUCT, 0},
    {"trains", DS__W_PRODUCT, 0}, {"railcars", DS__W_PRODUCT, 0}, {"buses", DS__W_PRODUCT, 0},
    {"computers", DS__W_PRODUCT, 0}, {"phones", DS__W_PRODUCT, 0}, {"smartphones", DS__W_PRODUCT, 0},
    {"jetliners", DS__W_PRODUCT, 0}, {"airplanes", DS__W_PRODUCT, 0}, {"trains", DS__W_PRODUCT, 0},
    {"railcars", DS__W_PRODUCT, 0}, {"buses", DS__W_PRODUCT, 0}, {"freighters", DS__W_PRODUCT, 0},

    /* verbs that make "a stake in" a deal rather than a holding */
    {"buy", DS__W_DEALVERB, 0}, {"buys", DS__W_DEALVERB, 0}, {"bought", DS__W_DEALVERB, 0}, {"take", DS__W_DEALVERB, 0}, {"takes", DS__W_DEALVERB, 0}, {"took", DS__W_DEALVERB, 0},
    {"taking", DS__W_DEALVERB, 0}, {"acquire", DS__W_DEALVERB, 0}, {"acquires", DS__W_DEALVERB, 0}, {"acquired", DS__W_DEALVERB, 0}, {"purchase", DS__W_DEALVERB, 0}, {"purchased", DS__W_DEALVERB, 0},
    {"raise", DS__W_DEALVERB, 0}, {"raised", DS__W_DEALVERB, 0}, {"raises", DS__W_DEALVERB, 0}, {"increase", DS__W_DEALVERB, 0}, {"increased", DS__W_DEALVERB, 0}, {"boost", DS__W_DEALVERB, 0},
    {"boosted", DS__W_DEALVERB, 0}, {"sell", DS__W_DEALVERB, 0}, {"sold", DS__W_DEALVERB, 0}, {"sells", DS__W_DEALVERB, 0}, {"build", DS__W_DEALVERB, 0}, {"built", DS__W_DEALVERB, 0},
    {"initiated", DS__W_DEALVERB, 0}, {"initiates", DS__W_DEALVERB, 0},
    {"seek", DS__W_DEALVERB, 0}, {"seeks", DS__W_DEALVERB, 0}, {"sought", DS__W_DEALVERB, 0}, {"invest", DS__W_DEALVERB, 0}, {"invested", DS__W_DEALVERB, 0}, {"agreed", DS__W_DEALVERB, 0},
    {"agrees", DS__W_DEALVERB, 0}, {"lift", DS__W_DEALVERB, 0}, {"lifted", DS__W_DEALVERB, 0}, {"offer", DS__W_DEALVERB, 0}, {"offered", DS__W_DEALVERB, 0}, {"plans", DS__W_DEALVERB, 0},
    {"plan", DS__W_DEALVERB, 0}, {"announced", DS__W_DEALVERB, 0}, {"get", DS__W_DEALVERB, 0}, {"gets", DS__W_DEALVERB, 0}, {"got", DS__W_DEALVERB, 0}, {"secure", DS__W_DEALVERB, 0},
    {"secured", DS__W_DEALVERB, 0}, {"receive", DS__W_DEALVERB, 0}, {"received", DS__W_DEALVERB, 0}, {"injected", DS__W_DEALVERB, 0}, {"inject", DS__W_DEALVERB, 0}, {"provide", DS__W_DEALVERB, 0},
    {"provided", DS__W_DEALVERB, 0}, {"raising", DS__W_DEALVERB, 0}, {"buying", DS__W_DEALVERB, 0}, {"selling", DS__W_DEALVERB, 0},

    /* verbs (and possessives) before a deal noun that make its subject the bidder */
    {"launch", DS__W_AGENTVERB, 0}, {"launched", DS__W_AGENTVERB, 0}, {"launches", DS__W_AGENTVERB, 0}, {"make", DS__W_AGENTVERB, 0}, {"made", DS__W_AGENTVERB, 0}, {"makes", DS__W_AGENTVERB, 0},
    {"mount", DS__W_AGENTVERB, 0}, {"mounted", DS__W_AGENTVERB, 0}, {"submit", DS__W_AGENTVERB, 0}, {"submitted", DS__W_AGENTVERB, 0}, {"complete", DS__W_AGENTVERB, 0}, {"completed", DS__W_AGENTVERB, 0},
    {"completes", DS__W_AGENTVERB, 0}, {"pursue", DS__W_AGENTVERB, 0}, {"pursuing", DS__W_AGENTVERB, 0}, {"announced", DS__W_AGENTVERB, 0}, {"announces", DS__W_AGENTVERB, 0}, {"agreed", DS__W_AGENTVERB, 0},
    {"plans", DS__W_AGENTVERB, 0}, {"planned", DS__W_AGENTVERB, 0}, {"proposed", DS__W_AGENTVERB, 0}, {"its", DS__W_AGENTVERB, 0}, {"their", DS__W_AGENTVERB, 0},

    /* selling verbs: a stake sold is the holder's divestiture */
    /* "has offloaded its 12% stake in X to Y" */
    {"offload", DS__W_SELLVERB | DS__W_DEALVERB, 0}, {"offloads", DS__W_SELLVERB | DS__W_DEALVERB, 0},
    {"offloaded", DS__W_SELLVERB | DS__W_DEALVERB, 0}, {"offloading", DS__W_SELLVERB | DS__W_DEALVERB, 0},
    {"picked", DS__W_DEALVERB, 0}, {"picks", DS__W_DEALVERB, 0}, /* "picked up a 26% stake in" */
    {"sell", DS__W_SELLVERB, 0}, {"sells", DS__W_SELLVERB, 0}, {"sold", DS__W_SELLVERB, 0}, {"selling", DS__W_SELLVERB, 0}, {"divest", DS__W_SELLVERB, 0}, {"divested", DS__W_SELLVERB, 0},

    /* words around a name that make it an adviser, not a party */
    {"advise", DS__W_ADVISER, 0}, {"advised", DS__W_ADVISER, 0}, {"advises", DS__W_ADVISER, 0}, {"adviser", DS__W_ADVISER, 0}, {"advisers", DS__W_ADVISER, 0}, {"advisor", DS__W_ADVISER, 0},
    {"advisors", DS__W_ADVISER, 0}, {"advisory", DS__W_ADVISER, 0}, {"assist", DS__W_ADVISER, 0}, {"counsel", DS__W_ADVISER, 0}, {"underwriter", DS__W_ADVISER, 0}, {"underwriters", DS__W_ADVISER, 0}, {"underwriting", DS__W_ADVISER, 0}, {"accountants", DS__W_ADVISER, 0},
    {"hired", DS__W_ADVISER, 0}, {"hires", DS__W_ADVISER, 0}, {"hire", DS__W_ADVISER, 0}, {"retained", DS__W_ADVISER, 0},
    {"retains", DS__W_ADVISER, 0},

    /* words that introduce a person: "investor Martin Sosnoff", "member Hans Baur" */
    {"investor", DS__W_PERSONCUE, 0}, {"member", DS__W_PERSONCUE, 0},
    {"banker", DS__W_PERSONCUE, 0}, {"lawyer", DS__W_PERSONCUE, 0},
    {"economist", DS__W_PERSONCUE, 0}, {"billionaire", DS__W_PERSONCUE, 0},
    {"tycoon", DS__W_PERSONCUE, 0}, {"entrepreneur", DS__W_PERSONCUE, 0},
    {"billionaires", DS__W_PERSONCUE, 0}, {"tycoons", DS__W_PERSONCUE, 0}, {"entrepreneurs", DS__W_PERSONCUE, 0},
    {"financiers", DS__W_PERSONCUE, 0}, {"founders", DS__W_PERSONCUE, 0},
    {"trader", DS__W_PERSONCUE, 0}, {"shareholder", DS__W_PERSONCUE, 0},
    {"raider", DS__W_PERSONCUE, 0}, {"player", DS__W_PERSONCUE, 0}, {"actor", DS__W_PERSONCUE, 0},
    {"actress", DS__W_PERSONCUE, 0}, {"singer", DS__W_PERSONCUE, 0}, {"author", DS__W_PERSONCUE, 0}, {"magnate", DS__W_PERSONCUE, 0},

    /* common given names: a name that starts with one, has no legal form and no
     * company word, is a person */
    {"james", DS__W_FIRSTNAME, 0}, {"robert", DS__W_FIRSTNAME, 0}, {"michael", DS__W_FIRSTNAME, 0}, {"william", DS__W_FIRSTNAME, 0}, {"david", DS__W_FIRSTNAME, 0}, {"richard", DS__W_FIRSTNAME, 0}, {"joseph", DS__W_FIRSTNAME, 0}, {"thomas", DS__W_FIRSTNAME, 0}, {"christopher", DS__W_FIRSTNAME, 0}, {"daniel", DS__W_FIRSTNAME, 0}, {"matthew", DS__W_FIRSTNAME, 0}, {"anthony", DS__W_FIRSTNAME, 0}, {"donald", DS__W_FIRSTNAME, 0}, {"steven", DS__W_FIRSTNAME, 0}, {"paul", DS__W_FIRSTNAME, 0}, {"andrew", DS__W_FIRSTNAME, 0}, {"joshua", DS__W_FIRSTNAME, 0}, {"kenneth", DS__W_FIRSTNAME, 0}, {"kevin", DS__W_FIRSTNAME, 0}, {"brian", DS__W_FIRSTNAME, 0}, {"george", DS__W_FIRSTNAME, 0}, {"edward", DS__W_FIRSTNAME, 0}, {"ronald", DS__W_FIRSTNAME, 0}, {"timothy", DS__W_FIRSTNAME, 0}, {"jason", DS__W_FIRSTNAME, 0}, {"jeffrey", DS__W_FIRSTNAME, 0}, {"ryan", DS__W_FIRSTNAME, 0}, {"jacob", DS__W_FIRSTNAME, 0}, {"gary", DS__W_FIRSTNAME, 0}, {"nicholas", DS__W_FIRSTNAME, 0}, {"eric", DS__W_FIRSTNAME, 0}, {"jonathan", DS__W_FIRSTNAME, 0}, {"stephen", DS__W_FIRSTNAME, 0}, {"larry", DS__W_FIRSTNAME, 0}, {"justin", DS__W_FIRSTNAME, 0}, {"scott", DS__W_FIRSTNAME, 0}, {"brandon", DS__W_FIRSTNAME, 0}, {"benjamin", DS__W_FIRSTNAME, 0}, {"samuel", DS__W_FIRSTNAME, 0}, {"frank", DS__W_FIRSTNAME, 0}, {"gregory", DS__W_FIRSTNAME, 0}, {"raymond", DS__W_FIRSTNAME, 0}, {"alexander", DS__W_FIRSTNAME, 0}, {"patrick", DS__W_FIRSTNAME, 0}, {"jack", DS__W_FIRSTNAME, 0}, {"dennis", DS__W_FIRSTNAME, 0}, {"jerry", DS__W_FIRSTNAME, 0}, {"tyler", DS__W_FIRSTNAME, 0}, {"aaron", DS__W_FIRSTNAME, 0}, {"jose", DS__W_FIRSTNAME, 0}, {"henry", DS__W_FIRSTNAME, 0}, {"adam", DS__W_FIRSTNAME, 0}, {"douglas", DS__W_FIRSTNAME, 0}, {"nathan", DS__W_FIRSTNAME, 0}, {"peter", DS__W_FIRSTNAME, 0}, {"zachary", DS__W_FIRSTNAME, 0}, {"kyle", DS__W_FIRSTNAME, 0}, {"walter", DS__W_FIRSTNAME, 0}, {"harold", DS__W_FIRSTNAME, 0}, {"jeremy", DS__W_FIRSTNAME, 0}, {"ethan", DS__W_FIRSTNAME, 0}, {"carl", DS__W_FIRSTNAME, 0}, {"keith", DS__W_FIRSTNAME, 0}, {"roger", DS__W_FIRSTNAME, 0}, {"gerald", DS__W_FIRSTNAME, 0}, {"terry", DS__W_FIRSTNAME, 0}, {"sean", DS__W_FIRSTNAME, 0}, {"arthur", DS__W_FIRSTNAME, 0}, {"noah", DS__W_FIRSTNAME, 0}, {"lawrence", DS__W_FIRSTNAME, 0}, {"jesse", DS__W_FIRSTNAME, 0}, {"joe", DS__W_FIRSTNAME, 0}, {"bryan", DS__W_FIRSTNAME, 0}, {"billy", DS__W_FIRSTNAME, 0}, {"albert", DS__W_FIRSTNAME, 0}, {"dylan", DS__W_FIRSTNAME, 0}, {"bruce", DS__W_FIRSTNAME, 0}, {"willie", DS__W_FIRSTNAME, 0}, {"gabriel", DS__W_FIRSTNAME, 0}, {"alan", DS__W_FIRSTNAME, 0}, {"juan", DS__W_FIRSTNAME, 0}, {"roy", DS__W_FIRSTNAME, 0}, {"eugene", DS__W_FIRSTNAME, 0}, {"randy", DS__W_FIRSTNAME, 0}, {"vincent", DS__W_FIRSTNAME, 0}, {"russell", DS__W_FIRSTNAME, 0}, {"bobby", DS__W_FIRSTNAME, 0}, {"johnny", DS__W_FIRSTNAME, 0}, {"bradley", DS__W_FIRSTNAME, 0}, {"mary", DS__W_FIRSTNAME, 0}, {"patricia", DS__W_FIRSTNAME, 0}, {"jennifer", DS__W_FIRSTNAME, 0}, {"linda", DS__W_FIRSTNAME, 0}, {"elizabeth", DS__W_FIRSTNAME, 0}, {"barbara", DS__W_FIRSTNAME, 0}, {"susan", DS__W_FIRSTNAME, 0}, {"jessica", DS__W_FIRSTNAME, 0}, {"sarah", DS__W_FIRSTNAME, 0}, {"karen", DS__W_FIRSTNAME, 0}, {"nancy", DS__W_FIRSTNAME, 0}, {"lisa", DS__W_FIRSTNAME, 0}, {"betty", DS__W_FIRSTNAME, 0}, {"margaret", DS__W_FIRSTNAME, 0}, {"sandra", DS__W_FIRSTNAME, 0}, {"ashley", DS__W_FIRSTNAME, 0}, {"kimberly", DS__W_FIRSTNAME, 0}, {"emily", DS__W_FIRSTNAME, 0}, {"donna", DS__W_FIRSTNAME, 0}, {"michelle", DS__W_FIRSTNAME, 0}, {"dorothy", DS__W_FIRSTNAME, 0}, {"carol", DS__W_FIRSTNAME, 0}, {"amanda", DS__W_FIRSTNAME, 0}, {"melissa", DS__W_FIRSTNAME, 0}, {"deborah", DS__W_FIRSTNAME, 0}, {"stephanie", DS__W_FIRSTNAME, 0}, {"rebecca", DS__W_FIRSTNAME, 0}, {"sharon", DS__W_FIRSTNAME, 0}, {"laura", DS__W_FIRSTNAME, 0}, {"cynthia", DS__W_FIRSTNAME, 0}, {"kathleen", DS__W_FIRSTNAME, 0}, {"amy", DS__W_FIRSTNAME, 0}, {"shirley", DS__W_FIRSTNAME, 0}, {"angela", DS__W_FIRSTNAME, 0}, {"helen", DS__W_FIRSTNAME, 0}, {"anna", DS__W_FIRSTNAME, 0}, {"brenda", DS__W_FIRSTNAME, 0}, {"pamela", DS__W_FIRSTNAME, 0}, {"nicole", DS__W_FIRSTNAME, 0}, {"emma", DS__W_FIRSTNAME, 0}, {"samantha", DS__W_FIRSTNAME, 0}, {"katherine", DS__W_FIRSTNAME, 0}, {"christine", DS__W_FIRSTNAME, 0}, {"debra", DS__W_FIRSTNAME, 0}, {"rachel", DS__W_FIRSTNAME, 0}, {"catherine", DS__W_FIRSTNAME, 0}, {"carolyn", DS__W_FIRSTNAME, 0}, {"janet", DS__W_FIRSTNAME, 0}, {"ruth", DS__W_FIRSTNAME, 0}, {"maria", DS__W_FIRSTNAME, 0}, {"heather", DS__W_FIRSTNAME, 0}, {"diane", DS__W_FIRSTNAME, 0}, {"virginia", DS__W_FIRSTNAME, 0}, {"julie", DS__W_FIRSTNAME, 0}, {"joyce", DS__W_FIRSTNAME, 0}, {"olivia", DS__W_FIRSTNAME, 0}, {"kelly", DS__W_FIRSTNAME, 0}, {"christina", DS__W_FIRSTNAME, 0}, {"lauren", DS__W_FIRSTNAME, 0}, {"joan", DS__W_FIRSTNAME, 0}, {"evelyn", DS__W_FIRSTNAME, 0}, {"judith", DS__W_FIRSTNAME, 0}, {"megan", DS__W_FIRSTNAME, 0}, {"cheryl", DS__W_FIRSTNAME, 0}, {"andrea", DS__W_FIRSTNAME, 0}, {"hannah", DS__W_FIRSTNAME, 0}, {"martha", DS__W_FIRSTNAME, 0}, {"jacqueline", DS__W_FIRSTNAME, 0}, {"frances", DS__W_FIRSTNAME, 0}, {"gloria", DS__W_FIRSTNAME, 0}, {"ann", DS__W_FIRSTNAME, 0}, {"teresa", DS__W_FIRSTNAME, 0}, {"kathryn", DS__W_FIRSTNAME, 0}, {"sara", DS__W_FIRSTNAME, 0}, {"janice", DS__W_FIRSTNAME, 0}, {"alice", DS__W_FIRSTNAME, 0}, {"doris", DS__W_FIRSTNAME, 0}, {"abigail", DS__W_FIRSTNAME, 0}, {"julia", DS__W_FIRSTNAME, 0}, {"judy", DS__W_FIRSTNAME, 0}, {"denise", DS__W_FIRSTNAME, 0}, {"marilyn", DS__W_FIRSTNAME, 0}, {"beverly", DS__W_FIRSTNAME, 0}, {"danielle", DS__W_FIRSTNAME, 0}, {"theresa", DS__W_FIRSTNAME, 0}, {"sophia", DS__W_FIRSTNAME, 0}, {"marie", DS__W_FIRSTNAME, 0}, {"diana", DS__W_FIRSTNAME, 0}, {"brittany", DS__W_FIRSTNAME, 0}, {"natalie", DS__W_FIRSTNAME, 0}, {"isabella", DS__W_FIRSTNAME, 0}, {"charlotte", DS__W_FIRSTNAME, 0}, {"alexis", DS__W_FIRSTNAME, 0}, {"kayla", DS__W_FIRSTNAME, 0}, {"hans", DS__W_FIRSTNAME, 0}, {"klaus", DS__W_FIRSTNAME, 0}, {"wolfgang", DS__W_FIRSTNAME, 0}, {"juergen", DS__W_FIRSTNAME, 0}, {"jurgen", DS__W_FIRSTNAME, 0}, {"heinz", DS__W_FIRSTNAME, 0}, {"dieter", DS__W_FIRSTNAME, 0}, {"helmut", DS__W_FIRSTNAME, 0}, {"gerhard", DS__W_FIRSTNAME, 0}, {"pierre", DS__W_FIRSTNAME, 0}, {"jean-pierre", DS__W_FIRSTNAME, 0}, {"francois", DS__W_FIRSTNAME, 0}, {"michel", DS__W_FIRSTNAME, 0}, {"jacques", DS__W_FIRSTNAME, 0}, {"alain", DS__W_FIRSTNAME, 0}, {"philippe", DS__W_FIRSTNAME, 0}, {"bernard", DS__W_FIRSTNAME, 0}, {"carlos", DS__W_FIRSTNAME, 0}, {"luis", DS__W_FIRSTNAME, 0}, {"jorge", DS__W_FIRSTNAME, 0}, {"miguel", DS__W_FIRSTNAME, 0}, {"antonio", DS__W_FIRSTNAME, 0}, {"francesco", DS__W_FIRSTNAME, 0}, {"giovanni", DS__W_FIRSTNAME, 0}, {"marco", DS__W_FIRSTNAME, 0}, {"paolo", DS__W_FIRSTNAME, 0}, {"luca", DS__W_FIRSTNAME, 0}, {"giuseppe", DS__W_FIRSTNAME, 0}, {"hiroshi", DS__W_FIRSTNAME, 0}, {"takeshi", DS__W_FIRSTNAME, 0}, {"akio", DS__W_FIRSTNAME, 0}, {"yoshi", DS__W_FIRSTNAME, 0}, {"kenji", DS__W_FIRSTNAME, 0}, {"ichiro", DS__W_FIRSTNAME, 0}, {"wang", DS__W_FIRSTNAME, 0}, {"zhang", DS__W_FIRSTNAME, 0}, {"liu", DS__W_FIRSTNAME, 0}, {"chen", DS__W_FIRSTNAME, 0}, {"yang", DS__W_FIRSTNAME, 0}, {"huang", DS__W_FIRSTNAME, 0}, {"zhao", DS__W_FIRSTNAME, 0}, {"zhou", DS__W_FIRSTNAME, 0}, {"xu", DS__W_FIRSTNAME, 0}, {"zhu", DS__W_FIRSTNAME, 0}, {"vladimir", DS__W_FIRSTNAME, 0}, {"sergei", DS__W_FIRSTNAME, 0}, {"igor", DS__W_FIRSTNAME, 0}, {"dmitry", DS__W_FIRSTNAME, 0}, {"alexei", DS__W_FIRSTNAME, 0}, {"mikhail", DS__W_FIRSTNAME, 0}, {"boris", DS__W_FIRSTNAME, 0}, {"ivan", DS__W_FIRSTNAME, 0}, {"viktor", DS__W_FIRSTNAME, 0}, {"oleg", DS__W_FIRSTNAME, 0}, {"rupert", DS__W_FIRSTNAME, 0}, {"elon", DS__W_FIRSTNAME, 0}, {"jeff", DS__W_FIRSTNAME, 0}, {"tim", DS__W_FIRSTNAME, 0}, {"satya", DS__W_FIRSTNAME, 0}, {"sundar", DS__W_FIRSTNAME, 0}, {"mukesh", DS__W_FIRSTNAME, 0}, {"ratan", DS__W_FIRSTNAME, 0}, {"lakshmi", DS__W_FIRSTNAME, 0}, {"anil", DS__W_FIRSTNAME, 0}, {"rahul", DS__W_FIRSTNAME, 0}, {"sunil", DS__W_FIRSTNAME, 0}, {"vijay", DS__W_FIRSTNAME, 0}, {"ajay", DS__W_FIRSTNAME, 0}, {"sanjay", DS__W_FIRSTNAME, 0}, {"maxim", DS__W_FIRSTNAME, 0}, {"martin", DS__W_FIRSTNAME, 0}, {"joel", DS__W_FIRSTNAME, 0}, {"neil", DS__W_FIRSTNAME, 0}, {"ian", DS__W_FIRSTNAME, 0}, {"colin", DS__W_FIRSTNAME, 0}, {"simon", DS__W_FIRSTNAME, 0}, {"nigel", DS__W_FIRSTNAME, 0}, {"derek", DS__W_FIRSTNAME, 0}, {"trevor", DS__W_FIRSTNAME, 0}, {"clive", DS__W_FIRSTNAME, 0}, {"howard", DS__W_FIRSTNAME, 0}, {"stuart", DS__W_FIRSTNAME, 0}, {"barry", DS__W_FIRSTNAME, 0}, {"leonard", DS__W_FIRSTNAME, 0}, {"norman", DS__W_FIRSTNAME, 0}, {"marvin", DS__W_FIRSTNAME, 0}, {"eddie", DS__W_FIRSTNAME, 0}, {"leon", DS__W_FIRSTNAME, 0}, {"ted", DS__W_FIRSTNAME, 0}, {"fred", DS__W_FIRSTNAME, 0}, {"herbert", DS__W_FIRSTNAME, 0}, {"bill", DS__W_FIRSTNAME, 0}, {"bob", DS__W_FIRSTNAME, 0}, {"jim", DS__W_FIRSTNAME, 0}, {"tom", DS__W_FIRSTNAME, 0}, {"mike", DS__W_FIRSTNAME, 0}, {"steve", DS__W_FIRSTNAME, 0}, {"dave", DS__W_FIRSTNAME, 0}, {"dan", DS__W_FIRSTNAME, 0}, {"chris", DS__W_FIRSTNAME, 0}, {"pat", DS__W_FIRSTNAME, 0}, {"ken", DS__W_FIRSTNAME, 0}, {"ron", DS__W_FIRSTNAME, 0}, {"don", DS__W_FIRSTNAME, 0}, {"rick", DS__W_FIRSTNAME, 0}, {"nick", DS__W_FIRSTNAME, 0}, {"tony", DS__W_FIRSTNAME, 0}, {"sam", DS__W_FIRSTNAME, 0}, {"ben", DS__W_FIRSTNAME, 0}, {"rob", DS__W_FIRSTNAME, 0}, {"matt", DS__W_FIRSTNAME, 0}, {"andy", DS__W_FIRSTNAME, 0}, {"phil", DS__W_FIRSTNAME, 0}, {"jon", DS__W_FIRSTNAME, 0}, {"greg", DS__W_FIRSTNAME, 0},
    {"philip", DS__W_FIRSTNAME, 0}, {"charles", DS__W_FIRSTNAME, 0}, {"warren", DS__W_FIRSTNAME, 0}, {"max", DS__W_FIRSTNAME, 0}, {"louis", DS__W_FIRSTNAME, 0}, {"francis", DS__W_FIRSTNAME, 0}, {"edwin", DS__W_FIRSTNAME, 0}, {"arnold", DS__W_FIRSTNAME, 0}, {"henri", DS__W_FIRSTNAME, 0}, {"ernest", DS__W_FIRSTNAME, 0}, {"alfred", DS__W_FIRSTNAME, 0}, {"frederick", DS__W_FIRSTNAME, 0}, {"edgar", DS__W_FIRSTNAME, 0}, {"earl", DS__W_FIRSTNAME, 0}, {"jay", DS__W_FIRSTNAME, 0}, {"glen", DS__W_FIRSTNAME, 0}, {"leslie", DS__W_FIRSTNAME, 0}, {"dale", DS__W_FIRSTNAME, 0}, {"curtis", DS__W_FIRSTNAME, 0}, {"wesley", DS__W_FIRSTNAME, 0}, {"brent", DS__W_FIRSTNAME, 0}, {"vernon", DS__W_FIRSTNAME, 0}, {"hank", DS__W_FIRSTNAME, 0}, {"luke", DS__W_FIRSTNAME, 0}, {"sergio", DS__W_FIRSTNAME, 0}, {"melvin", DS__W_FIRSTNAME, 0}, {"melvyn", DS__W_FIRSTNAME, 0}, {"irwin", DS__W_FIRSTNAME, 0}, {"asher", DS__W_FIRSTNAME, 0}, {"saul", DS__W_FIRSTNAME, 0}, {"sheldon", DS__W_FIRSTNAME, 0}, {"seymour", DS__W_FIRSTNAME, 0}, {"harvey", DS__W_FIRSTNAME, 0}, {"lloyd", DS__W_FIRSTNAME, 0}, {"maurice", DS__W_FIRSTNAME, 0}, {"milton", DS__W_FIRSTNAME, 0}, {"murray", DS__W_FIRSTNAME, 0}, {"ralph", DS__W_FIRSTNAME, 0}, {"stanley", DS__W_FIRSTNAME, 0}, {"sidney", DS__W_FIRSTNAME, 0}, {"irving", DS__W_FIRSTNAME, 0}, {"herman", DS__W_FIRSTNAME, 0}, {"abraham", DS__W_FIRSTNAME, 0}, {"marc", DS__W_FIRSTNAME, 0}, {"karl", DS__W_FIRSTNAME, 0}, {"kurt", DS__W_FIRSTNAME, 0}, {"jerome", DS__W_FIRSTNAME, 0}, {"harry", DS__W_FIRSTNAME, 0}, {"hugh", DS__W_FIRSTNAME, 0}, {"victor", DS__W_FIRSTNAME, 0}, {"malcolm", DS__W_FIRSTNAME, 0}, {"craig", DS__W_FIRSTNAME, 0}, {"todd", DS__W_FIRSTNAME, 0}, {"glenn", DS__W_FIRSTNAME, 0}, {"wayne", DS__W_FIRSTNAME, 0}, {"allen", DS__W_FIRSTNAME, 0}, {"john", DS__W_FIRSTNAME, 0}, {"barack", DS__W_FIRSTNAME, 0}, {"hillary", DS__W_FIRSTNAME, 0}, {"gordon", DS__W_FIRSTNAME, 0}, {"julian", DS__W_FIRSTNAME, 0}, {"massimiliano", DS__W_FIRSTNAME, 0}, {"pablo", DS__W_FIRSTNAME, 0}, {"len", DS__W_FIRSTNAME, 0}, {"ike", DS__W_FIRSTNAME, 0}, {"tyrone", DS__W_FIRSTNAME, 0}, {"alessandro", DS__W_FIRSTNAME, 0}, {"roberto", DS__W_FIRSTNAME, 0}, {"stefano", DS__W_FIRSTNAME, 0}, {"fabio", DS__W_FIRSTNAME, 0}, {"lorenzo", DS__W_FIRSTNAME, 0}, {"matteo", DS__W_FIRSTNAME, 0}, {"riccardo", DS__W_FIRSTNAME, 0}, {"davide", DS__W_FIRSTNAME, 0}, {"federico", DS__W_FIRSTNAME, 0}, {"alberto", DS__W_FIRSTNAME, 0}, {"enrico", DS__W_FIRSTNAME, 0}, {"mario", DS__W_FIRSTNAME, 0}, {"vittorio", DS__W_FIRSTNAME, 0}, {"carlo", DS__W_FIRSTNAME, 0}, {"emilio", DS__W_FIRSTNAME, 0}, {"fernando", DS__W_FIRSTNAME, 0}, {"javier", DS__W_FIRSTNAME, 0}, {"rafael", DS__W_FIRSTNAME, 0}, {"manuel", DS__W_FIRSTNAME, 0}, {"alejandro", DS__W_FIRSTNAME, 0}, {"diego", DS__W_FIRSTNAME, 0}, {"ricardo", DS__W_FIRSTNAME, 0}, {"eduardo", DS__W_FIRSTNAME, 0}, {"ignacio", DS__W_FIRSTNAME, 0}, {"gonzalo", DS__W_FIRSTNAME, 0}, {"alvaro", DS__W_FIRSTNAME, 0}, {"pedro", DS__W_FIRSTNAME, 0}, {"raul", DS__W_FIRSTNAME, 0}, {"ramon", DS__W_FIRSTNAME, 0}, {"enrique", DS__W_FIRSTNAME, 0}, {"rodrigo", DS__W_FIRSTNAME, 0}, {"andres", DS__W_FIRSTNAME, 0}, {"felipe", DS__W_FIRSTNAME, 0}, {"hector", DS__W_FIRSTNAME, 0}, {"oscar", DS__W_FIRSTNAME, 0}, {"ruben", DS__W_FIRSTNAME, 0}, {"joao", DS__W_FIRSTNAME, 0}, {"paulo", DS__W_FIRSTNAME, 0}, {"rui", DS__W_FIRSTNAME, 0}, {"nuno", DS__W_FIRSTNAME, 0}, {"tiago", DS__W_FIRSTNAME, 0}, {"hugo", DS__W_FIRSTNAME, 0}, {"vitor", DS__W_FIRSTNAME, 0}, {"gustavo", DS__W_FIRSTNAME, 0}, {"marcelo", DS__W_FIRSTNAME, 0}, {"leonardo", DS__W_FIRSTNAME, 0}, {"thiago", DS__W_FIRSTNAME, 0}, {"bruno", DS__W_FIRSTNAME, 0}, {"nicolas", DS__W_FIRSTNAME, 0}, {"olivier", DS__W_FIRSTNAME, 0}, {"laurent", DS__W_FIRSTNAME, 0}, {"christophe", DS__W_FIRSTNAME, 0}, {"frederic", DS__W_FIRSTNAME, 0}, {"thierry", DS__W_FIRSTNAME, 0}, {"didier", DS__W_FIRSTNAME, 0}, {"patrice", DS__W_FIRSTNAME, 0}, {"benoit", DS__W_FIRSTNAME, 0}, {"arnaud", DS__W_FIRSTNAME, 0}, {"guillaume", DS__W_FIRSTNAME, 0}, {"sebastien", DS__W_FIRSTNAME, 0}, {"yves", DS__W_FIRSTNAME, 0}, {"herve", DS__W_FIRSTNAME, 0}, {"gilles", DS__W_FIRSTNAME, 0}, {"xavier", DS__W_FIRSTNAME, 0}, {"stephane", DS__W_FIRSTNAME, 0}, {"jean", DS__W_FIRSTNAME, 0}, {"antoine", DS__W_FIRSTNAME, 0}, {"emmanuel", DS__W_FIRSTNAME, 0}, {"matthias", DS__W_FIRSTNAME, 0}, {"markus", DS__W_FIRSTNAME, 0}, {"stefan", DS__W_FIRSTNAME, 0}, {"andreas", DS__W_FIRSTNAME, 0}, {"uwe", DS__W_FIRSTNAME, 0}, {"jens", DS__W_FIRSTNAME, 0}, {"torsten", DS__W_FIRSTNAME, 0}, {"bernd", DS__W_FIRSTNAME, 0}, {"ralf", DS__W_FIRSTNAME, 0}, {"rolf", DS__W_FIRSTNAME, 0}, {"volker", DS__W_FIRSTNAME, 0}, {"norbert", DS__W_FIRSTNAME, 0}, {"horst", DS__W_FIRSTNAME, 0}, {"guenther", DS__W_FIRSTNAME, 0}, {"gunther", DS__W_FIRSTNAME, 0}, {"manfred", DS__W_FIRSTNAME, 0}, {"reinhard", DS__W_FIRSTNAME, 0}, {"joachim", DS__W_FIRSTNAME, 0}, {"friedrich", DS__W_FIRSTNAME, 0}, {"wilhelm", DS__W_FIRSTNAME, 0}, {"heinrich", DS__W_FIRSTNAME, 0}, {"lars", DS__W_FIRSTNAME, 0}, {"nils", DS__W_FIRSTNAME, 0}, {"anders", DS__W_FIRSTNAME, 0}, {"henrik", DS__W_FIRSTNAME, 0}, {"fredrik", DS__W_FIRSTNAME, 0}, {"johan", DS__W_FIRSTNAME, 0}, {"erik", DS__W_FIRSTNAME, 0}, {"pieter", DS__W_FIRSTNAME, 0}, {"willem", DS__W_FIRSTNAME, 0}, {"hendrik", DS__W_FIRSTNAME, 0}, {"bart", DS__W_FIRSTNAME, 0}, {"jeroen", DS__W_FIRSTNAME, 0}, {"maarten", DS__W_FIRSTNAME, 0}, {"ruud", DS__W_FIRSTNAME, 0}, {"dirk", DS__W_FIRSTNAME, 0}, {"geert", DS__W_FIRSTNAME, 0}, {"yoshihiro", DS__W_FIRSTNAME, 0}, {"kazuo", DS__W_FIRSTNAME, 0}, {"masahiro", DS__W_FIRSTNAME, 0}, {"takashi", DS__W_FIRSTNAME, 0}, {"tadashi", DS__W_FIRSTNAME, 0}, {"shinzo", DS__W_FIRSTNAME, 0}, {"toshio", DS__W_FIRSTNAME, 0}, {"koichi", DS__W_FIRSTNAME, 0}, {"yasuhiro", DS__W_FIRSTNAME, 0}, {"nobuyuki", DS__W_FIRSTNAME, 0}, {"akira", DS__W_FIRSTNAME, 0}, {"haruhiko", DS__W_FIRSTNAME, 0}, {"katsuya", DS__W_FIRSTNAME, 0}, {"sachio", DS__W_FIRSTNAME, 0}, {"hideki", DS__W_FIRSTNAME, 0}, {"naoki", DS__W_FIRSTNAME, 0}, {"satoshi", DS__W_FIRSTNAME, 0}, {"kenichi", DS__W_FIRSTNAME, 0}, {"masayoshi", DS__W_FIRSTNAME, 0}, {"tatsuo", DS__W_FIRSTNAME, 0}, {"yoichi", DS__W_FIRSTNAME, 0}, {"junichi", DS__W_FIRSTNAME, 0}, {"keiichi", DS__W_FIRSTNAME, 0}, {"shigeru", DS__W_FIRSTNAME, 0}, {"hiroyuki", DS__W_FIRSTNAME, 0}, {"koji", DS__W_FIRSTNAME, 0}, {"makoto", DS__W_FIRSTNAME, 0}, {"jae-yong", DS__W_FIRSTNAME, 0}, {"kun-hee", DS__W_FIRSTNAME, 0}, {"chung-mong", DS__W_FIRSTNAME, 0}, {"dong-hoon", DS__W_FIRSTNAME, 0}, {"sang-jin", DS__W_FIRSTNAME, 0}, {"ashok", DS__W_FIRSTNAME, 0}, {"rajesh", DS__W_FIRSTNAME, 0}, {"ramesh", DS__W_FIRSTNAME, 0}, {"suresh", DS__W_FIRSTNAME, 0}, {"mahesh", DS__W_FIRSTNAME, 0}, {"amit", DS__W_FIRSTNAME, 0}, {"arun", DS__W_FIRSTNAME, 0}, {"vikram", DS__W_FIRSTNAME, 0}, {"deepak", DS__W_FIRSTNAME, 0}, {"ravi", DS__W_FIRSTNAME, 0}, {"raj", DS__W_FIRSTNAME, 0}, {"nandan", DS__W_FIRSTNAME, 0}, {"azim", DS__W_FIRSTNAME, 0}, {"narayana", DS__W_FIRSTNAME, 0}, {"cyrus", DS__W_FIRSTNAME, 0}, {"mukund", DS__W_FIRSTNAME, 0}, {"gautam", DS__W_FIRSTNAME, 0}, {"anand", DS__W_FIRSTNAME, 0}, {"sachin", DS__W_FIRSTNAME, 0}, {"rakesh", DS__W_FIRSTNAME, 0}, {"sanjeev", DS__W_FIRSTNAME, 0}, {"shashi", DS__W_FIRSTNAME, 0}, {"nitin", DS__W_FIRSTNAME, 0}, {"ananth", DS__W_FIRSTNAME, 0}, {"mohammed", DS__W_FIRSTNAME, 0}, {"mohammad", DS__W_FIRSTNAME, 0}, {"muhammad", DS__W_FIRSTNAME, 0}, {"ahmed", DS__W_FIRSTNAME, 0}, {"ahmad", DS__W_FIRSTNAME, 0}, {"omar", DS__W_FIRSTNAME, 0}, {"khalid", DS__W_FIRSTNAME, 0}, {"abdullah", DS__W_FIRSTNAME, 0}, {"abdul", DS__W_FIRSTNAME, 0}, {"hassan", DS__W_FIRSTNAME, 0}, {"hussein", DS__W_FIRSTNAME, 0}, {"ibrahim", DS__W_FIRSTNAME, 0}, {"youssef", DS__W_FIRSTNAME, 0}, {"mustafa", DS__W_FIRSTNAME, 0}, {"tariq", DS__W_FIRSTNAME, 0}, {"faisal", DS__W_FIRSTNAME, 0}, {"saud", DS__W_FIRSTNAME, 0}, {"nasser", DS__W_FIRSTNAME, 0}, {"hamad", DS__W_FIRSTNAME, 0}, {"mansour", DS__W_FIRSTNAME, 0}, {"majid", DS__W_FIRSTNAME, 0}, {"walid", DS__W_FIRSTNAME, 0}, {"karim", DS__W_FIRSTNAME, 0}, {"samir", DS__W_FIRSTNAME, 0}, {"nabil", DS__W_FIRSTNAME, 0}, {"fahad", DS__W_FIRSTNAME, 0}, {"alwaleed", DS__W_FIRSTNAME, 0}, {"khaled", DS__W_FIRSTNAME, 0}, {"yousef", DS__W_FIRSTNAME, 0}, {"amr", DS__W_FIRSTNAME, 0}, {"marissa", DS__W_FIRSTNAME, 0}, {"ginni", DS__W_FIRSTNAME, 0}, {"carly", DS__W_FIRSTNAME, 0}, {"ursula", DS__W_FIRSTNAME, 0}, {"margrethe", DS__W_FIRSTNAME, 0}, {"ingrid", DS__W_FIRSTNAME, 0}, {"birgit", DS__W_FIRSTNAME, 0}, {"sabine", DS__W_FIRSTNAME, 0}, {"monika", DS__W_FIRSTNAME, 0}, {"petra", DS__W_FIRSTNAME, 0}, {"claudia", DS__W_FIRSTNAME, 0}, {"susanne", DS__W_FIRSTNAME, 0}, {"anja", DS__W_FIRSTNAME, 0}, {"katja", DS__W_FIRSTNAME, 0}, {"francesca", DS__W_FIRSTNAME, 0}, {"giulia", DS__W_FIRSTNAME, 0}, {"chiara", DS__W_FIRSTNAME, 0}, {"elena", DS__W_FIRSTNAME, 0}, {"valentina", DS__W_FIRSTNAME, 0}, {"silvia", DS__W_FIRSTNAME, 0}, {"paola", DS__W_FIRSTNAME, 0}, {"alessandra", DS__W_FIRSTNAME, 0}, {"simona", DS__W_FIRSTNAME, 0}, {"isabel", DS__W_FIRSTNAME, 0}, {"carmen", DS__W_FIRSTNAME, 0}, {"pilar", DS__W_FIRSTNAME, 0}, {"lucia", DS__W_FIRSTNAME, 0}, {"beatriz", DS__W_FIRSTNAME, 0}, {"ines", DS__W_FIRSTNAME, 0}, {"sofia", DS__W_FIRSTNAME, 0}, {"camila", DS__W_FIRSTNAME, 0}, {"gabriela", DS__W_FIRSTNAME, 0}, {"fernanda", DS__W_FIRSTNAME, 0}, {"adriana", DS__W_FIRSTNAME, 0}, {"yoko", DS__W_FIRSTNAME, 0}, {"keiko", DS__W_FIRSTNAME, 0}, {"naoko", DS__W_FIRSTNAME, 0}, {"akiko", DS__W_FIRSTNAME, 0}, {"hiroko", DS__W_FIRSTNAME, 0}, {"xiaoming", DS__W_FIRSTNAME, 0}, {"jianguo", DS__W_FIRSTNAME, 0}, {"guoqiang", DS__W_FIRSTNAME, 0}, {"zhiqiang", DS__W_FIRSTNAME, 0}, {"xiaoping", DS__W_FIRSTNAME, 0}, {"dmitri", DS__W_FIRSTNAME, 0}, {"andrei", DS__W_FIRSTNAME, 0}, {"alexandr", DS__W_FIRSTNAME, 0}, {"nikolai", DS__W_FIRSTNAME, 0}, {"yuri", DS__W_FIRSTNAME, 0}, {"anatoly", DS__W_FIRSTNAME, 0}, {"gennady", DS__W_FIRSTNAME, 0}, {"vagit", DS__W_FIRSTNAME, 0}, {"leonid", DS__W_FIRSTNAME, 0}, {"arkady", DS__W_FIRSTNAME, 0}, {"pavel", DS__W_FIRSTNAME, 0}, {"valery", DS__W_FIRSTNAME, 0}, {"vitaly", DS__W_FIRSTNAME, 0}, {"yevgeny", DS__W_FIRSTNAME, 0}, {"evgeny", DS__W_FIRSTNAME, 0}, {"alisher", DS__W_FIRSTNAME, 0}, {"andriy", DS__W_FIRSTNAME, 0}, {"petro", DS__W_FIRSTNAME, 0}, {"rinat", DS__W_FIRSTNAME, 0}, {"gene", DS__W_FIRSTNAME, 0},
};
const unsigned ds__nwords = sizeof ds__words / sizeof ds__words[0];


/* Currencies: symbols before the number, words after it. */
const ds__currency ds__currencies[] = {
    {"US$", "USD", 0}, {"U.S.$", "USD", 0}, {"C$", "CAD", 0}, {"A$", "AUD", 0},
    {"NZ$", "NZD", 0}, {"HK$", "HKD", 0}, {"S$", "SGD", 0}, {"R$", "BRL", 0},
    {"$", "USD", 0}, {"\xe2\x82\xac", "EUR", 0}, {"\xc2\xa3", "GBP", 0}, {"\xc2\xa5", "JPY", 0},
    {"\xe2\x82\xb9", "INR", 0}, {"\xe2\x82\xa9", "KRW", 0}, /* "₹850 crore", "₩1.2 trillion" */
    {"USD", "USD", 0}, {"EUR", "EUR", 0}, {"GBP", "GBP", 0}, {"JPY", "JPY", 0},
    {"CNY", "CNY", 0}, {"RMB", "CNY", 0}, {"Rs", "INR", 0}, {"Rs.", "INR", 0}, {"INR", "INR", 0},
    {"CHF", "CHF", 0}, {"SFr", "CHF", 0}, {"CAD", "CAD", 0}, {"AUD", "AUD", 0},
    {"HKD", "HKD", 0}, {"SEK", "SEK", 0}, {"NOK", "NOK", 0}, {"DKK", "DKK", 0},
    {"KRW", "KRW", 0}, {"Won", "KRW", 0}, {"yuan", "CNY", 1}, {"renminbi", "CNY", 1},
    /* more ISO codes written before the amount: "PLN 160 million", "SAR 1.2 billion" */
    {"PLN", "PLN", 0}, {"CZK", "CZK", 0}, {"HUF", "HUF", 0}, {"TRY", "TRY", 0}, {"ZAR", "ZAR", 0},
    {"BRL", "BRL", 0}, {"MXN", "MXN", 0}, {"NZD", "NZD", 0}, {"SGD", "SGD", 0}, {"THB", "THB", 0},
    {"IDR", "IDR", 0}, {"MYR", "MYR", 0}, {"PHP", "PHP", 0}, {"TWD", "TWD", 0}, {"RUB", "RUB", 0},
    {"AED", "AED", 0}, {"SAR", "SAR", 0}, {"QAR", "QAR", 0}, {"KWD", "KWD", 0}, {"ILS", "ILS", 0},
    {"EGP", "EGP", 0}, {"NGN", "NGN", 0}, {"CLP", "CLP", 0}, {"COP", "COP", 0}, {"VND", "VND", 0},
    {"zloty", "PLN", 1}, {"zlotys", "PLN", 1}, {"forint", "HUF", 1}, {"kronor", "SEK", 1},
    {"korunas", "CZK", 1}, {"koruna", "CZK", 1}, {"lei", "RON", 1}, {"hryvnias", "UAH", 1},
    {"tenge", "KZT", 1}, {"rupee", "INR", 1}, {"shekel", "ILS", 1}, {"dirham", "AED", 1},
    {"riyal", "SAR", 1}, {"dinar", "KWD", 1}, {"cedis", "GHS", 1}, {"shillings", "KES", 1}, {"forints", "HUF", 1}, {"lira", "TRY", 1}, {"shekels", "ILS", 1},
    {"naira", "NGN", 1}, {"Rp", "IDR", 0}, {"RM", "MYR", 0}, {"Bt", "THB", 0},
    {"dlrs", "USD", 1}, {"dollars", "USD", 1}, {"dlr", "USD", 1}, {"stg", "GBP", 1},
    {"pounds", "GBP", 1}, {"pound", "GBP", 1}, {"dollar", "USD", 1}, {"sterling", "GBP", 1}, {"euros", "EUR", 1}, {"euro", "EUR", 1},
    {"yen", "JPY", 1}, {"won", "KRW", 1}, {"rupees", "INR", 1}, {"francs", "CHF", 1},
    {"franc", "CHF", 1}, /* "a 4.1 billion Swiss franc bid" */
    {"marks", "DEM", 1}, {"guilders", "NLG", 1}, {"lire", "ITL", 1}, {"crowns", "SEK", 1}, {"pesos", "MXN", 1}, {"rand", "ZAR", 1}, {"ringgit", "MYR", 1},
    {"rupiah", "IDR", 1}, {"baht", "THB", 1}, {"reais", "BRL", 1}, {"roubles", "RUB", 1},
    {"rubles", "RUB", 1}, {"riyals", "SAR", 1}, {"dirhams", "AED", 1}, {"dinars", "KWD", 1},
    /* more written after the amount: "400 million zlotys", "2 billion pesetas" */
    {"zlotys", "PLN", 1}, {"forint", "HUF", 1}, {"pesetas", "ESP", 1}, {"schillings", "ATS", 1},
    {"markka", "FIM", 1}, {"escudos", "PTE", 1}, {"drachmas", "GRD", 1}, {"korunas", "CZK", 1},
    {"kronor", "SEK", 1}, {"kroner", "NOK", 1}, {"rupee", "INR", 1},
};
const unsigned ds__ncurrencies = sizeof ds__currencies / sizeof ds__currencies[0];

/* Sectors: a word in the deal's sentences names the sector. */
const ds__sector ds__sectors[] = {
    {"battery", "battery"}, {"batteries", "battery"}, {"lithium", "lithium"},
    {"lithium-ion", "lithium"}, {"recycling", "recycling"}, {"recycled", "recycling"},
    {"recycler", "recycling"}, {"mining", "mining"}, {"mines", "mining"}, {"miner", "mining"},
    {"gold", "mining"}, {"copper", "mining"}, {"coal", "mining"}, {"oil", "oil and gas"},
    {"gas", "oil and gas"}, {"crude", "oil and gas"}, {"petroleum", "oil and gas"},
    {"refinery", "oil and gas"}, {"utility", "utilities"}, {"utilities", "utilities"},
    {"electricity", "utilities"}, {"power", "utilities"}, {"bank", "banking"},
    {"banks", "banking"}, {"banking", "banking"}, {"bancorp", "banking"},
    {"savings", "banking"}, {"insurance", "insurance"}, {"insurer", "insurance"},
    {"reinsurance", "insurance"}, {"pharmaceutical", "pharma"}, {"pharmaceuticals", "pharma"},
    {"drug", "pharma"}, {"drugmaker", "pharma"}, {"biotech", "pharma"},
    {"biotechnology", "pharma"}, {"antibiotic", "pharma"}, {"semiconductor", "semiconductors"},
    {"semiconductors", "semiconductors"}, {"chip", "semiconductors"},
    {"chipmaker", "semiconductors"}, {"telecom", "telecommunications"},
    {"telecommunications", "telecommunications"}, {"wireless", "telecommunications"},
    {"mobile", "telecommunications"}, {"software", "software"}, {"cloud", "software"},
    {"aircraft", "aerospace"}, {"aerospace", "aerospace"}, {"airline", "airlines"},
    {"airlines", "airlines"}, {"carmaker", "automotive"}, {"automaker", "automotive"},
    {"automotive", "automotive"}, {"vehicle", "automotive"}, {"vehicles", "automotive"},
    {"steel", "steel"}, {"chemical", "chemicals"}, {"chemicals", "chemicals"},
    {"retailer", "retail"}, {"retail", "retail"}, {"supermarket", "retail"},
    {"food", "food"}, {"beverage", "food"}, {"media", "media"}, {"broadcasting", "media"},
    {"newspaper", "media"}, {"television", "media"}, {"publishing", "media"},
    {"real estate", "real estate"}, {"property", "real estate"}, {"shipping", "shipping"},
    {"railway", "transport"}, {"brewer", "beverages"}, {"tobacco", "tobacco"},
    {"healthcare", "healthcare"}, {"hospital", "healthcare"}, {"medical", "healthcare"},
    {"fashion", "fashion"}, {"luxury", "luxury goods"}, {"solar", "renewables"},
    {"wind", "renewables"}, {"nuclear", "nuclear"}, {"gaming", "gaming"},
    {"casino", "gaming"}, {"hotel", "hospitality"}, {"restaurant", "restaurants"},
    {"forestry", "forestry"}, {"paper", "paper"},
};
const unsigned ds__nsectors = sizeof ds__sectors / sizeof ds__sectors[0];

/* Phrases saying a deal's terms were not disclosed (value_disclosed false). A space
 * matches any white space. */
const char *const ds__undisclosed[] = {
    "not disclosed", "undisclosed", "did not disclose", "not been disclosed",
    "declined to disclose", "would not disclose", "not released", "not made public",
    "did not specify", "not specified", "unspecified", "not be disclosed", "declined to give",
    "did not give any financial", "did not give financial", "no financial details",
    "financial details were not", "not revealed", "did not reveal", "wasn't disclosed",
    "weren't disclosed", "declined to say how much", "did not say how much",
    "without disclosing", "declined to reveal", "would not reveal", "terms were not",
    "terms of the deal were not", "terms of the transaction were not",
    "no price was given", "price was not disclosed", "did not cite a price",
    "no financial terms", "not to disclose", "terms weren't", "no terms were"};
const unsigned ds__nundisclosed = sizeof ds__undisclosed / sizeof ds__undisclosed[0];

/* ------------------------------------------------------------------ word lists
 * Words the engine looks for around a trigger, a name or an amount. */

/* "the Osaka-based snack maker": nouns a company is described by */
const char *const ds__company_nouns[] = {
    "company", "firm", "group", "business", "maker", "producer", "operator", "developer",
    "retailer", "lender", "insurer", "chain", "carrier", "miner", "manufacturer", "provider",
    "brewer", "bank", "explorer", "startup", "start-up", "supplier", "distributor", "refiner",
    "shipper", "publisher", "broadcaster", "airline", "automaker", "carmaker", "drugmaker",
    "chipmaker", "utility", "fund", "investor", "partner", "rival", "peer", "unit", "subsidiary"};
const unsigned ds__company_nouns_n = sizeof ds__company_nouns / sizeof ds__company_nouns[0];

/* "form a 50-50 venture": words that make a venture */
const char *const ds__formation_words[] = {
    "form", "forms", "formed", "forming", "set", "create", "creates", "created", "establish",
    "establishes", "established", "launch", "launches", "launched", "new", "50-50", "50/50",
    "joint"};
const unsigned ds__formation_words_n = sizeof ds__formation_words / sizeof ds__formation_words[0];

/* "acquire 4,800 net acres": assets bought without a seller named */
const char *const ds__asset_nouns[] = {
    "acres", "assets", "stores", "mines", "plants", "properties", "hotels", "vessels",
    "ships", "branches", "restaurants", "wells", "fields", "licences", "licenses"};
const unsigned ds__asset_nouns_n = sizeof ds__asset_nouns / sizeof ds__asset_nouns[0];

/* "sell 40% of its output to": goods, not companies */
const char *const ds__goods_nouns[] = {
    "output", "production", "electricity", "power", "gas", "oil", "crude", "cargoes", "cargo",
    "volumes", "ore", "concentrate", "energy", "capacity", "products", "chips", "batteries",
    "fuel", "components", "clothing", "apparel", "footwear", "accessories", "merchandise", "goods",
    "equipment", "vehicles", "engines", "turbines", "machinery", "services", "missile", "missiles",
    "helicopters", "rifles", "weapons",
    /* "a five-year deal to buy all of its own-label fresh milk from Dairy West": farm
     * and mine commodities bought under contract */
    "milk", "grain", "wheat", "corn", "soybeans", "cocoa", "beef", "coal", "steel", "aluminium",
    "aluminum", "lithium", "uranium", "lng", "diesel", "gasoline"};
const unsigned ds__goods_nouns_n = sizeof ds__goods_nouns / sizeof ds__goods_nouns[0];

/* "a Tampa, Fla., investment firm": the U.S. states as datelines abbreviate them; a
 * name right before ", Fla." is the city */
const char *const ds__state_abbrevs[] = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nj", "nm",
    "ny", "nc", "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "va", "vt", "wash",
    "wis", "wyo", "n.j", "n.y", "n.c", "n.d", "s.c", "s.d", "r.i", "n.h", "n.m", "d.c", "w.va"};
const unsigned ds__state_abbrevs_n = sizeof ds__state_abbrevs / sizeof ds__state_abbrevs[0];

/* "sold 14,500 Passat sedans", "sell Chevrolet cars": goods sold to customers */
const char *const ds__product_nouns[] = {
    "cars", "trucks", "vehicles", "sedans", "suvs", "phones", "smartphones", "handsets",
    "tablets", "computers", "laptops", "pcs", "gadgets", "tickets", "drugs", "pills",
    "shoes", "clothes", "clothing", "homes", "houses", "apartments", "condos", "copies",
    "games", "songs", "shows", "movies", "films", "books", "cigarettes", "tires", "bikes",
    "motorcycles", "appliances", "televisions", "tvs", "sandwiches", "meals", "coffee",
    "subscriptions", "policies", "goods", "merchandise", "items", "models"};
const unsigned ds__product_nouns_n = sizeof ds__product_nouns / sizeof ds__product_nouns[0];

/* "the D.Boerse takeover of NYSE": nouns a name before them does the deal with */
const char *const ds__deal_nouns[] = {
    "stake", "stakes", "holding", "takeover", "take-over", "buyout", "bid", "offer",
    "purchase", "acquisition", "sale", "tender"};
const unsigned ds__deal_nouns_n = sizeof ds__deal_nouns / sizeof ds__deal_nouns[0];

/* "a contract worth about $5 million from": words of an amount inside a pattern */
const char *const ds__amount_words[] = {
    "pct", "percent", "worth", "valued", "at", "about", "approximately", "around", "some",
    "nearly", "over", "totaling", "totalling", "estimated", "an", "of"};
const unsigned ds__amount_words_n = sizeof ds__amount_words / sizeof ds__amount_words[0];

/* "for about $5 million": hedges between a price word and the amount */
const char *const ds__value_hedges[] = {
    "about", "around", "approximately", "some", "roughly", "nearly", "almost", "over", "than",
    "more", "up", "to", "an", "estimated", "a", "total", "of", "between", "combined",
    "aggregate"};
const unsigned ds__value_hedges_n = sizeof ds__value_hedges / sizeof ds__value_hedges[0];

/* "for", "valued at", "paying": words that introduce a price */
const char *const ds__price_words[] = {
    "for", "at", "valued", "worth", "price", "priced", "paid", "pay", "pays", "paying",
    "value", "values", "totaling", "totalling", "invest", "invested", "investing", "raised",
    "raise", "cost", "deal", "offer", "bid", "in", "with", "capital", "payment", "upfront",
    "ordered", "chose", "picked", "pumping", "pumped", "injecting", "injected"};
const unsigned ds__price_words_n = sizeof ds__price_words / sizeof ds__price_words[0];

/* "the purchase price totalled": nouns and verbs of a price a few words back */
/* ("will have an initial capital commitment of EUR 75 million": what the partners put in) */
const char *const ds__price_nouns[] = {
    "price", "consideration", "valued", "totalled", "totaled", "amounts", "amounted", "fee",
    "investment", "capitalised", "capitalized", "commitment"};
const unsigned ds__price_nouns_n = sizeof ds__price_nouns / sizeof ds__price_nouns[0];

/* "had sales of 40 mln dlrs": figures of a company, not prices */
const char *const ds__company_figures[] = {
    "sales", "revenue", "revenues", "turnover", "profit", "profits", "earnings", "income",
    "loss", "losses", "assets", "debt", "debts", "capitalization", "capitalisation",
    "deposits", "budget"};
const unsigned ds__company_figures_n = sizeof ds__company_figures / sizeof ds__company_figures[0];
/* "would save them about 1bn euros over five years", "savings of $120 million a year":
 * what the deal is to save, not its price (in lowercase prose, not "Cardinal Savings
 * Bank FSB for 42 mln dlrs") */
const char *const ds__saving_words[] = {"save", "saves", "saving", "savings", "synergies"};
const unsigned ds__saving_words_n = sizeof ds__saving_words / sizeof ds__saving_words[0];
