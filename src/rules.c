/* Trigger rules, as data. A rule is a word pattern and a role frame: which role a
 * party gets from where it stands relative to the trigger.
 *
 * Pattern: words separated by spaces, matched case-insensitively against tokens;
 * "a|b" are alternatives, "~w" marks an optional element, "*" is any one lowercase
 * word (not a preposition). The first element's words
 * index the rule (wordtab.c), so put the rarest word first where you can.
 * Slots: SUBJ the nearest organization before the trigger (and those joined to it by
 * "and"), OBJ the first one after it, BY/FROM/TO/WITH/IN one after that preposition.
 * Rules are tried in order at each token: put passives and longer patterns first.
 * To add one: append a line, run `dealstream extract --explain` on an article that
 * uses the construction, and pin it with a fixture in tests/data (see README). */
#include "extract_int.h"

#define N DS__NOROLE
#define ACQ DS_ROLE_ACQUIRER
#define TGT DS_ROLE_TARGET
#define SEL DS_ROLE_SELLER
#define PAR DS_ROLE_PARTNER
#define INV DS_ROLE_INVESTOR
#define IVE DS_ROLE_INVESTEE
#define SUP DS_ROLE_SUPPLIER
#define CUS DS_ROLE_CUSTOMER
#define LOR DS_ROLE_LICENSOR
#define LEE DS_ROLE_LICENSEE
#define CTX DS__STATUS_CTX

#define T_ACQ DS_TYPE_ACQUISITION
#define T_MER DS_TYPE_MERGER
#define T_JV DS_TYPE_JOINT_VENTURE
#define T_MOU DS_TYPE_MOU
#define T_PAR DS_TYPE_PARTNERSHIP
#define T_INV DS_TYPE_INVESTMENT
#define T_SUP DS_TYPE_SUPPLY
#define T_LIC DS_TYPE_LICENSING

#define PROP DS_STATUS_PROPOSED
#define AGR DS_STATUS_AGREED
#define DONE DS_STATUS_COMPLETED

/*                                                              SUBJ OBJ  BY   FROM TO   WITH IN */
const ds__rule ds__rules[] = {
    /* acquisitions, passive: the subject is what is bought */
    {"acquired-by", "be|been|being|was|were|is|are acquired|bought|purchased|taken",
     T_ACQ, CTX, {TGT, N, ACQ, SEL, N, N, N}, 1},
    {"sold-to", "be|been|being|was|were|is|are sold", T_ACQ, CTX, {TGT, N, SEL, SEL, ACQ, N, N}, 1},
    {"offer-to-be-acquired", "offer|proposal to be acquired", T_ACQ, PROP, {TGT, N, ACQ, N, N, N, N}, 2},
    /* acquisitions, active */
    {"agree-to-acquire", "agreed|agrees|agree|agreeing to acquire|buy|purchase",
     T_ACQ, AGR, {ACQ, TGT, N, SEL, N, N, N}, 2},
    {"acquire", "acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased",
     T_ACQ, CTX, {ACQ, TGT, ACQ, SEL, N, N, N}, 2},
    {"take-over", "take|takes|took|taking over", T_ACQ, CTX, {ACQ, TGT, ACQ, SEL, N, N, N}, 2},
    /* "has snapped up rival X", "has bought out X" */
    {"snap-up", "snap|snaps|snapped|snapping up", T_ACQ, CTX, {ACQ, TGT, ACQ, SEL, N, N, N}, 2},
    /* "approved the acquisition of a 74% equity stake in Konkan Clinker from Deccan
     * Infrastructure": after "acquisition of", "from" names who sells (a takeover
     * offer "from" X names who bids) */
    {"acquisition-of", "acquisition|acquisitions of", T_ACQ, CTX, {ACQ, TGT, ACQ, SEL, N, N, N}, 2},
    {"takeover", "takeover|take-over|buyout|buy-out|acquisition|acquisitions|take-private",
     T_ACQ, CTX, {ACQ, TGT, ACQ, ACQ, N, N, N}, 2},
    {"tender-offer", "tender offer", T_ACQ, PROP, {ACQ, TGT, ACQ, ACQ, N, N, N}, 2}, /* "a tender offer from X" */
    /* "X and Y have been tendering for all Cyclops shares": a tender offer under way */
    {"tendering-for", "tendering for", T_ACQ, PROP, {ACQ, TGT, N, N, N, N, N}, 2},
    {"bid-for", "bid|bids|offer|offers|proposal|approach|bidder|bidders|suitor|suitors for", T_ACQ, PROP, {ACQ, TGT, ACQ, ACQ, N, N, N}, 2},
    {"bids", "bid|bids|offer|offers|offered|offering|proposal|proposals|overture|approach", T_ACQ, PROP, {ACQ, TGT, ACQ, ACQ, N, N, N}, 1},
    /* "X and Y are among the bidders for Z", "... are among the private equity firms
     * considering a possible deal": would-be buyers (with the target named, or of the
     * deal just told) */
    {"among-bidders", "among ~the ~potential ~possible ~likely ~final ~* ~* bidders|suitors|contenders", T_ACQ, PROP, {ACQ, TGT, N, N, N, N, N}, 1},
    /* "The remaining bidders include Tata Motors and Mahindra & Mahindra" */
    {"bidders-include", "bidders|suitors|contenders include|included|including", T_ACQ, PROP, {N, ACQ, N, N, N, N, N}, 1},
    {"considering-deal", "considering|weighing|mulling ~a ~an ~possible|potential bid|offer|takeover|deal|acquisition", T_ACQ, PROP, {ACQ, TGT, N, N, N, N, N}, 1},
    /* "Shire won a bidding war for Octagon", "won an auction for X": the winner buys */
    {"won-bidding", "won|wins|win ~a ~an ~the bidding|takeover|auction ~war|battle|contest|race for", T_ACQ, AGR, {ACQ, TGT, N, SEL, N, N, N}, 2},
    /* "Halden Steel won the battle for Siderurgia do Tejo", "won the race for X": the
     * winner of a contest for a company buys it (a company must follow) */
    {"won-contest", "won|wins|win the battle|race|contest|fight|tussle for", T_ACQ, AGR, {ACQ, TGT, N, SEL, N, N, N}, 2},
    /* "Brisk Airways pulled out of the race for Tisza Air", "dropped out of the bidding
     * for X": a bidder gone */
    {"out-of-race", "pulled|pulls|pull|dropped|drops|bowed|bows|withdrew out|from of|the ~the race|battle|contest|bidding|auction|running for",
     T_ACQ, DS_STATUS_TERMINATED, {ACQ, TGT, N, N, N, N, N}, 2},
    /* "Brisk joined the race for Tisza Air", "entered the bidding for X" */
    {"in-race", "joined|joins|join|entered|enters|enter the race|battle|contest|bidding|auction for", T_ACQ, PROP, {ACQ, TGT, N, N, N, N, N}, 2},
    /* "won a bidding war for rival Nordic Drilling", "in a takeover battle for X" */
    {"bidding-war", "bidding|takeover war|battle|contest|race for", T_ACQ, PROP, {ACQ, TGT, ACQ, ACQ, N, N, N}, 2},
    /* "One Equity Partners had approached EMI with an offer": the one who approaches
     * bids (the engine wants an offer word a few words on) */
    {"approached", "approached|approaches", T_ACQ, PROP, {ACQ, TGT, N, N, N, N, N}, 2},
    {"acquire-control", "control of", T_ACQ, CTX, {ACQ, TGT, N, SEL, N, N, N}, 1},
    /* "Citigroup would cede operational and strategic control of the brokerage to Morgan
     * Stanley": who cedes sells */
    {"cede-control", "cede|cedes|ceded|ceding ~* ~and ~* control", T_ACQ, CTX, {SEL, N, N, N, ACQ, N, N}, 1},
    /* "Sahyadri Tollways was previously owned by Lion Gate": the seller of a deal just
     * told (the engine keeps it only as more of that deal) */
    {"previously-owned", "previously|formerly owned|held by", T_ACQ, DONE, {TGT, N, SEL, N, N, N, N}, 1},
    /* divestitures: the seller is the subject */
    {"agree-to-sell", "agreed|agrees|agree to sell|offload", T_ACQ, AGR, {SEL, TGT, N, N, ACQ, N, TGT}, 2},
    {"sell", "sell|sells|sold|selling|divest|divests|divested|offload|offloads|offloaded|offloading", T_ACQ, CTX, {SEL, TGT, N, N, ACQ, N, TGT}, 2}, /* "its interest in X" */
    {"sale-of", "sale|divestiture|divestment|disposal of", T_ACQ, CTX, {SEL, TGT, ACQ, N, ACQ, N, TGT}, 2}, /* "of all shares in X" */
    {"sale", "sale|divestiture|divestment|disposal", T_ACQ, CTX, {SEL, TGT, ACQ, N, ACQ, N, N}, 1},
    /* mergers; "entered into a definitive agreement to combine in an all-stock
     * transaction" (not "the combined company") */
    /* "SkyJet and Aerolinea Verde are to join forces to offer connecting flights" */
    {"join-forces", "join|joins|joined|joining forces", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"combine", "to|will|would|agreed|agree|agrees combine", T_MER, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    {"merger-agreement", "merger agreement", T_MER, AGR, {PAR, PAR, N, N, N, PAR, N}, 2},
    /* "terminated the Agreement and Plan of Merger with X" */
    {"merger-agreement", "plan of merger", T_MER, AGR, {PAR, PAR, N, N, N, PAR, N}, 2},
    /* "a definitive business combination agreement" (a SPAC's merger) */
    {"business-combination", "business combination", T_MER, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    {"merge", "merge|merges|merged|merging|merger|mergers", T_MER, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    /* "in early-stage discussions with Ferrand Group regarding a possible all-share
     * combination of the two companies" (a qualified combination: not "a combination
     * of factors") */
    {"possible-combination", "possible|potential|proposed|all-share|all-stock ~* combination", T_MER, CTX,
     {PAR, PAR, N, N, N, PAR, N}, 1},
    /* joint ventures */
    {"joint-venture", "joint venture|ventures", T_JV, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    {"jv", "jv", T_JV, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    /* "agreed to set up a joint company to develop the field" */
    {"joint-company", "joint company|firm|entity|enterprise", T_JV, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    /* "Intel Corp is expected to contribute $1 billion, and Google Inc $500 million":
     * more sides of a venture told just before (the engine joins them to it, else drops) */
    {"contribute", "contribute|contributes|contributed|contributing", T_JV, PROP, {PAR, PAR, N, N, N, N, N}, 1},
    {"jointly-owned", "jointly|equally owned|held company|venture|entity|firm|business", T_JV, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    {"venture", "venture", T_JV, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    /* memoranda, letters of intent, framework agreements */
    {"mou", "memorandum of understanding", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 2},
    {"mou", "mou", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 2},
    {"letter-of-intent", "letter of intent", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 2},
    {"letter-of-intent", "loi", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 2},
    {"framework-agreement", "framework agreement|accord", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"heads-of-agreement", "heads of agreement|terms", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"term-sheet", "term sheet", T_MOU, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    /* partnerships */
    {"strategic-partnership", "strategic partnership|alliance|collaboration|cooperation",
     T_PAR, CTX, {PAR, PAR, N, N, N, PAR, N}, 1},
    {"partnership", "partnership|partnerships|alliance|tie-up|collaboration|cooperation", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    /* "the companies signed a development agreement", "a joint development agreement
     * with X", "a co-promotion agreement", "a teaming agreement to bid on", "a research
     * agreement with the University of Toronto": working together */
    {"development-agreement", "development|co-development|codevelopment|research|co-promotion|copromotion|teaming agreement|agreements|pact",
     T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"team-up", "team|teams|teamed up", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    /* "has tied up with X", "has joined hands with X", "inked a pact with X" */
    {"tie-up-with", "tie|ties|tied|tying up with", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"join-hands", "join|joins|joined|joining hands with", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"pact-with", "pact|pacts with", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    {"partner-with", "partner|partners|partnered|partnering with", T_PAR, CTX, {PAR, N, N, N, N, PAR, N}, 1},
    /* investments */
    {"raise-stake", "raised|raises|raise|raising|increased|increases|boosted|boosts|boost|lifted|doubled|doubles|tripled|ups|upped its|his|their ~combined stake|stakes|holding",
     T_INV, DONE, {INV, IVE, N, N, N, N, IVE}, 2},
    {"take-stake", "take|takes|took|taken|taking|buy|buys|bought|buying|acquire|acquires|acquired|acquiring ~a ~an ~minority|strategic|equity|majority|controlling stake|stakes|share|interest|holding",
     T_INV, CTX, {INV, IVE, N, N, N, N, IVE}, 2},
    /* "has built a 5.4% stake in X", "amassed a stake": a holding gathered on the market,
     * disclosed once it is held */
    {"build-stake", "built|builds|amassed|amasses|accumulated|accumulates ~a|an ~* ~minority|strategic|equity stake|stakes|holding",
     T_INV, DONE, {INV, IVE, N, N, N, N, IVE}, 2},
    /* "agreed to pay $2 billion for a 20% stake in X" */
    /* "has agreed to pay $80 million for Beta Systems Ltd." (the engine wants an amount
     * between and the company right after "for") */
    {"pay-for", "pay|pays|paid|paying for", T_ACQ, CTX, {ACQ, TGT, N, SEL, N, N, N}, 2},
    {"pay-for-stake", "pay|pays|paid|paying ~about ~approximately ~around for ~a ~an ~* ~minority|strategic|equity|majority|controlling stake|stakes|holding",
     T_INV, CTX, {INV, IVE, N, SEL, N, N, IVE}, 2},
    /* "agreed to pay $2 billion for Brockway Inc": a price paid for a company (the
     * engine wants an amount between) */
    {"pay-for", "pay|pays|paid|paying ~about ~approximately ~around for", T_ACQ, CTX, {ACQ, TGT, N, SEL, N, N, N}, 1},
    {"pick-up-stake", "pick|picks|picked|picking up ~a ~an ~* ~minority|strategic|equity|majority|controlling stake|stakes|holding",
     T_INV, CTX, {INV, IVE, N, SEL, N, N, IVE}, 2},
    {"stake-in", "stake|stakes|holding|position in", T_INV, CTX, {INV, IVE, N, SEL, N, N, IVE}, 1},
    /* "agreed to buy a 30 pct interest in Pacific Funds Management Ltd": a share told
     * as an interest (the engine wants a verb of buying or selling before it) */
    {"interest-in", "pct|percent|per-cent interest|interests in", T_INV, CTX, {INV, IVE, N, SEL, N, N, IVE}, 1},
    /* "Samsung will buy into Dutch chip-equipment maker Veldhoven, taking a 3% stake" */
    {"buy-into", "buy|buys|bought|buying into", T_INV, CTX, {INV, N, N, N, N, N, IVE}, 2},
    {"invest-in", "invest|invests|invested|investing|investment ~of in|into", T_INV, CTX, {INV, N, N, N, N, N, IVE}, 2},
    {"invest", "invest|invests|invested|investing", T_INV, CTX, {INV, N, N, N, N, N, IVE}, 1},
    /* "is in talks with Lehman over a possible joint investment": an investment talked
     * of (the engine takes the company the talks are with as the investee) */
    {"possible-investment", "possible|potential ~joint ~strategic investment", T_INV, PROP, {INV, N, N, N, N, N, IVE}, 1},
    {"pump-into", "pump|pumps|pumped|pumping|inject|injects|injected|injecting|plough|ploughs|ploughed|ploughing|plow|plows|plowed|plowing into", T_INV, CTX, {INV, N, N, N, N, N, IVE}, 2},
    /* "said it raised $40 million from investors including X and Y" (the engine wants
     * an amount between) */
    {"raise-from", "raise|raises|raised|raising from", T_INV, CTX, {IVE, N, N, INV, N, N, N}, 1},
    {"funding", "funding|financing ~round", T_INV, CTX, {IVE, N, INV, INV, N, N, N}, 1},
    {"investment-from", "investment|investments from|by", T_INV, CTX, {IVE, N, INV, INV, N, N, N}, 1},
    {"funding", "series a|b|c|d ~funding ~round", T_INV, CTX, {IVE, N, INV, INV, N, N, N}, 1},
    {"private-placement", "private placement", T_INV, CTX, {IVE, N, INV, INV, INV, INV, N}, 1}, /* "led by X", "with participation from Y" */
    {"led-round", "led|co-led|leads|co-leads ~a ~an ~* series|seed|funding|financing|investment|round", T_INV, DONE, {INV, N, N, N, N, N, IVE}, 1},
    {"round-led-by", "round|financing|raise|investment ~was|is led|co-led by", T_INV, DONE, {IVE, N, INV, INV, N, INV, N}, 1},
    /* "The transaction, arranged by Goldman Sachs Credit Partners, ...", "the financing
     * was provided by X": the lender of a financing told before (a financing noun must
     * stand just before) */
    {"arranged-by", "arranged|provided by", T_INV, CTX, {N, N, INV, N, N, N, N}, 1},
    /* "Existing investors X and Y also participated in the round": more investors of
     * the round just told (the engine joins them to it) */
    /* ("X and Y joined the round, alongside existing backers Z and W": more of them) */
    {"join-round", "participated|participate|participates|participating|joined|join|joins ~in ~the ~funding|financing|series|seed|investment ~a|b|c|d ~funding|financing round|financing|raise",
     T_INV, DONE, {INV, N, N, N, N, INV, IVE}, 1},
    {"join-round", "took|take|takes|taking part in ~the ~funding|financing|series|seed|investment ~a|b|c|d ~funding|financing round|financing|raise",
     T_INV, DONE, {INV, N, N, N, N, INV, IVE}, 1},
    /* "The round included participation from new investors X and Y", "The financing saw
     * participation from existing backers Z": the investors of the round just told */
    {"join-round", "included|includes|include|saw|drew|attracted participation from|by ~new ~existing ~current ~returning ~strategic ~investors|backers",
     T_INV, DONE, {N, INV, INV, INV, N, N, IVE}, 1},
    /* "New investors X and Y joined existing investors Z in the round" */
    {"join-round", "joined|join|joins|joining existing|current|returning|prior ~investor|investors",
     T_INV, DONE, {INV, INV, N, N, N, N, IVE}, 1},
    /* "Ocean Crest Capital has committed A$4 million": another investor of the placement
     * or round just told (the engine wants the amount right after; joined to it, or
     * nothing) */
    {"join-round", "committed|commits", T_INV, DONE, {INV, N, N, N, N, N, N}, 1},
    /* "Existing investors Pike Street Capital and Oakline Partners also participated.",
     * "... also participated, alongside existing investor Driftwood Seed Fund" */
    {"join-round", "also participated|participate|participates", T_INV, DONE, {INV, N, N, N, N, INV, IVE}, 1},
    /* "Fennel has raised £75m from investors led by Tallis Capital", "raised $40 million
     * from Granite Ventures": money raised from named backers (the engine wants an
     * amount before "from") */
    {"raised-from", "raised|raises|raising|secured|secures from ~new ~existing ~institutional ~private ~investors|backers ~led|co-led ~by",
     T_INV, DONE, {IVE, INV, INV, INV, N, INV, N}, 1}, /* (the pattern eats "from investors": those named after are its object) */
    /* "to raise A$18.5 million through a placement of new shares": a share placement
     * (its investors named in a later sentence, see "cornerstoned"; a rule's first word
     * is read as a deal word, so not "through") */
    {"placement", "placement of", T_INV, CTX, {IVE, N, INV, INV, INV, INV, N}, 1},
    /* "The Placement was cornerstoned by Tarnway Resources Fund": its anchor investor */
    {"cornerstoned", "cornerstoned|cornerstone|anchored by", T_INV, CTX, {IVE, N, INV, N, N, N, N}, 1},
    {"subscription-agreement", "subscription|placement agreement", T_INV, CTX, {IVE, N, N, N, N, INV, N}, 1},
    {"subscribe", "subscribe|subscribes|subscribed|subscribing for|to", T_INV, CTX, {INV, IVE, N, N, N, N, IVE}, 1},
    {"capital-injection", "capital injection|infusion", T_INV, CTX, {IVE, N, N, INV, N, N, N}, 1},
    /* "Nordbank AG acted as coordinating lead arranger, joined by Pacific Trust Bank":
     * the lenders of a financing told before (it completes that telling) */
    {"arranger", "acted|acts|act|served|serves as ~the ~sole ~coordinating ~joint ~mandated ~lead arranger|arrangers|lender|lenders|bookrunner|bookrunners",
     T_INV, DS_STATUS_COMPLETED, {INV, N, N, N, N, INV, N}, 1},
    /* loans and credit lines from named lenders count as investments (the guideline) */
    {"loan-from", "loan|loans|credit ~agreement|facility|facilities|line from|with", T_INV, CTX, {IVE, N, INV, INV, N, INV, N}, 1},
    /* "Tianhe to provide an A$25 million prepayment facility": a lender's financing
     * (to the company that tells it, when no other is named) */
    {"provide-financing", "provide|provides|provided|providing ~a ~an ~the ~* ~* facility|loan|financing",
     T_INV, CTX, {INV, N, N, N, IVE, N, N}, 1},
    /* "Greenhouse Capital has backed Sprout Farms with a £5m investment" (the engine
     * wants investment, funding or a round a few words on) */
    {"back-with", "backed|backs|backing", T_INV, CTX, {INV, IVE, N, N, N, N, N}, 1},
    /* "secured a $250 million warehouse facility from Y" */
    {"loan-from", "warehouse|revolving|financing|debt|bridge facility|facilities|line|lines from|with", T_INV, CTX, {IVE, N, INV, INV, N, INV, N}, 1},
    /* "Coastline Bank provided a $45 million credit facility to Winslow Homes" */
    {"loan-to", "loan|loans to", T_INV, CTX, {INV, N, N, N, IVE, N, N}, 1},
    {"loan-to", "credit|term|revolving|bridge facility|facilities|line to", T_INV, CTX, {INV, N, N, N, IVE, N, N}, 1},
    /* supply and contracts */
    /* "announced that the Transit Commission has awarded it a contract": who awards is
     * the customer, the pronoun the company the sentence is about (the engine finds it) */
    {"award-it", "award|awards|awarded|awarding it|them ~a|an|the ~new ~* ~* ~* contract|contracts|order|orders|tender",
     T_SUP, AGR, {CUS, N, N, N, N, N, N}, 2},
    {"win-contract", "win|wins|won|secured|secures|awarded|receives|received|lands|landed|bags|bagged|clinches|clinched ~a ~an ~new ~* ~* contract|order|orders|tender ~from|with|by",
     T_SUP, AGR, {SUP, N, CUS, CUS, N, CUS, N}, 2},
    {"win-contract", "win|wins|won|secured|secures|signed|signs ~a ~an ~new contract|order|orders|deal from|with|by",
     T_SUP, AGR, {SUP, N, CUS, CUS, N, CUS, N}, 2},
    /* "Westfield signed a 6.2 mln dlr subcontract with Cortland": who gives work out is
     * the subcontractor's customer */
    {"subcontract", "signed|signs|awarded|awards|placed|places|gave|gives ~a ~an ~* ~* ~* subcontract|subcontracts with|to",
     T_SUP, AGR, {CUS, N, N, N, SUP, SUP, N}, 2},
    /* "Glenmoor Marine was awarded the five-year deal by the Ministry of Defence": the
     * passive's subject supplies, "by" names the customer */
    {"awarded-contract", "was|were|been|is|are awarded ~a ~an ~the ~new ~* ~* contract|contracts|order|orders|deal|tender",
     T_SUP, AGR, {SUP, N, CUS, CUS, N, CUS, N}, 2},
    /* "The U.S. Army has awarded Vantor a $1.3 billion contract": the one who awards
     * is the customer (the engine wants "contract" or "order" a few words on) */
    {"award-contract", "award|awards|awarded|awarding", T_SUP, AGR, {CUS, SUP, N, N, SUP, N, N}, 1},
    {"power-purchase", "power purchase agreement|deal|contract", T_SUP, CTX, {SUP, N, N, N, CUS, CUS, N}, 1},
    {"supply-agreement", "supply|offtake|off-take|distribution|maintenance|service|services|oem|reseller|distributorship agreement|deal|contract|pact",
     T_SUP, CTX, {SUP, N, N, N, N, CUS, N}, 1}, /* "for" and "of" name the goods */
    {"to-supply", "to|will supply", T_SUP, CTX, {SUP, CUS, N, N, CUS, CUS, N}, 1},
    /* "Cloudrise will provide Lone Star Health with cloud services under a contract" */
    {"to-supply", "to|will provide", T_SUP, CTX, {SUP, CUS, N, N, CUS, CUS, N}, 1},
    {"to-supply", "to|will manufacture|produce|build|make|deliver and supply", T_SUP, CTX, {SUP, CUS, N, N, CUS, CUS, N}, 1},
    {"order-from", "order|orders|ordered ~aircraft|planes|jets from|with", T_SUP, CTX, {CUS, N, N, SUP, N, SUP, N}, 2},
    /* "has ordered 30 electric multiple-unit trains from Spain's Talasur": goods
     * ordered from a maker (a count and a few words between) */
    {"ordered-goods-from", "ordered|orders ~* ~* ~* ~* from", T_SUP, CTX, {CUS, N, N, SUP, N, N, N}, 1},
    /* "has ordered 20 A320neo jets from Airbus": goods counted and their maker (the
     * engine wants a word for goods and "from" a few words on) */
    {"ordered-goods", "ordered|orders|ordering", T_SUP, CTX, {CUS, N, N, SUP, N, SUP, N}, 1},
    /* "X has been selected by Y to supply 60 light rail vehicles" */
    {"selected-by", "been|was|were|is|are|being selected|chosen|picked|tapped by", T_SUP, AGR, {SUP, N, CUS, N, N, N, N}, 1},
    {"selects-to-supply", "select|selects|selected|chooses|chose|picks|picked|taps|tapped", T_SUP, AGR, {CUS, SUP, N, N, N, N, N}, 1},
    /* "Gruenfeld has appointed Castellane Medical as its exclusive distributor in
     * France": who appoints a distributor supplies it (the engine wants "as ...
     * distributor" right after the name) */
    {"appoint-distributor", "appoint|appoints|appointed|appointing|names|named", T_SUP, AGR, {SUP, CUS, N, N, N, N, N}, 1},
    /* "Castellane has been appointed exclusive distributor for Gruenfeld's staplers" */
    {"appointed-distributor", "been|was|were|is|are appointed|named ~as ~the ~its ~their ~exclusive|sole|official|authorized|authorised|master ~* distributor|distributors|reseller|resellers|dealer|importer",
     T_SUP, AGR, {CUS, SUP, SUP, N, N, N, N}, 1},
    {"order-for", "order|orders for", T_SUP, CTX, {CUS, SUP, N, CUS, N, SUP, N}, 1},
    {"aircraft-order", "aircraft order", T_SUP, CTX, {SUP, N, N, CUS, N, CUS, N}, 1},
    /* licensing */
    /* "has in-licensed a late-stage obesity drug from Slimgen": the subject takes the licence */
    {"in-license", "in-license|in-licenses|in-licensed|in-licensing|in-licence|in-licences|in-licenced", T_LIC, CTX, {LEE, N, N, LOR, N, LOR, N}, 1},
    /* "an agreement allowing Pinecrest Beverages to produce and sell drinks under the
     * Marlow brand": who makes goods under another's brand is its licensee (the engine
     * wants a brand word right after the owner's name; a rule's first word is a deal
     * word after an amount, so not "market": "a $1 billion market") */
    {"under-brand", "produce|sell|manufacture|distribute|brew ~and|or ~produce|make|sell|market|manufacture|distribute|brew ~* ~* ~* under the|its|their",
     T_LIC, CTX, {LEE, LOR, N, N, N, N, N}, 1},
    {"license-to", "license|licenses|licensed|licence|licences|licensing ~its ~the ~rights to", T_LIC, CTX, {LOR, N, N, N, LEE, LEE, N}, 1},
    {"license-from", "license|licenses|licensed|licence|licensing ~rights from", T_LIC, CTX, {LEE, N, N, LOR, N, N, N}, 1},
    {"license", "license|licenses|licensed|licence|licences", T_LIC, CTX, {LOR, N, N, LOR, LEE, LEE, N}, 1},
    {"grant-license", "grant|grants|granted|granting", T_LIC, CTX, {LOR, LEE, N, N, N, N, N}, 1},
    /* "X will receive an upfront payment of $50 million from Y, as well as royalties on
     * sales": what a licensor is paid (royalties or milestones must be named too) */
    {"upfront-fee", "receive|receives|received|receiving ~an ~a ~initial|upfront|up-front|one-time|one-off ~license|licence|licensing fee|fees|payment|payments",
     T_LIC, AGR, {LOR, N, N, LEE, N, N, N}, 1},
    /* "entered into a patent cross-license agreement": each licenses the other */
    {"cross-license", "cross-license|cross-licence|cross-licensing|cross-licenses ~agreement|deal|pact", T_LIC, CTX, {LOR, N, N, N, LEE, LEE, N}, 1},
    {"licensing-agreement", "licensing|license|licence agreement|deal|pact", T_LIC, CTX, {LOR, LEE, N, LOR, LEE, LEE, N}, 1},
    /* "entered into a ten-year patent cross-license agreement": each side licenses the
     * other (the engine settles who is told as licensor) */
    {"cross-license", "cross-license|cross-licence|cross-licensing|cross-licencing|cross-licenses|cross-licences ~agreement|agreements|deal|pact",
     T_LIC, CTX, {LOR, LEE, N, N, N, LEE, N}, 1},
};
const unsigned ds__nrules = sizeof ds__rules / sizeof ds__rules[0];

/* Status words, looked for in the trigger's sentence; the nearest to the trigger wins,
 * ties to the higher weight. */
const ds__status_word ds__status_words[] = {
    {"called|calls|call off", DS_STATUS_TERMINATED, 3},
    /* "has turned down a $3.4 billion takeover proposal from X" */
    {"turned|turns|turning|turn down", DS_STATUS_TERMINATED, 3},
    {"voted|vote|votes against", DS_STATUS_TERMINATED, 3}, /* "shareholders voted against the merger" */
    {"terminate|scrap|abandon|cancel|cancels|cancelled|canceled|cancelling|canceling|rescind|rescinded|termination|cancellation", DS_STATUS_TERMINATED, 3},
    {"scrapped|scraps|scrapping|abandoned|abandons|abandoning|terminated|terminates|terminating|rejected|rejects|rejecting|withdrew|withdrawn|withdraws|withdrawing|spurned|spurns|rebuffed|rebuffs", DS_STATUS_TERMINATED, 3},
    {"blocked|blocks|blocking|collapsed|dropped|drops|ended|ends|walked|pulled|broke|failed", DS_STATUS_TERMINATED, 2},
    {"broken off|down", DS_STATUS_TERMINATED, 2}, /* "talks ... had broken down" */
    {"completed|completes|complete|completing|completion|closed|finalized|finalised|concluded|consummated", DS_STATUS_COMPLETED, 2},
    {"agreed|agrees|agree|signed|signs|sign|definitive|entered|enters|reached|struck|strikes|approved|approves|won|wins|awarded|placed|places", DS_STATUS_AGREED, 2},
    {"announced|announces|unveiled|formed|forms|established|launched", DS_STATUS_AGREED, 1},
    {"secured|secures|obtained|closes", DS_STATUS_COMPLETED, 1},
    /* "has received firm commitments from investors to raise A$18.5 million": bound,
     * not yet settled (the first word is indexed, so not "firm": "private equity firm") */
    {"commitments|commitment from", DS_STATUS_AGREED, 2},
    {"nears|nearing", DS_STATUS_PROPOSED, 2}, /* "Harbor Lane nears deal to buy Redstone" */
    {"close|closer to", DS_STATUS_PROPOSED, 2}, /* "is close to a deal to buy Rennick" */
    /* "the transaction is expected to close by March 15": agreed, not done */
    {"expected|scheduled|set to close|complete", DS_STATUS_AGREED, 2},
    {"talks|offer|offered|offers|bid|bids|proposed|proposes|proposing|propose|proposal|plans|plan|planned|intends|intention|considering|considers|seeks|seeking|sought|decided|decides|may|might|could|would|approach|approached|approaches|rumors|rumours|explore|explores|exploring|potential|possible|possibly|tender|weighing|mulls|eyes|bidder|bidders|interested|hopes|wants|study|studying|prefers", DS_STATUS_PROPOSED, 1},
};
const unsigned ds__nstatus_words = sizeof ds__status_words / sizeof ds__status_words[0];
