"""English words for the concern check: data only (the engine, ``engine.py``, knows no language).

Lexicons name the parts a sentence is made of (who acts, what they do, to whom, with what); rules put
them together, one category each (``categories.py``), allowing the words people put in between
("he has always hit me", "my husband of ten years punched me"). Guards keep everyday senses quiet:
a word after the verb that makes it harmless ("hit me up", "beat me at chess"), a lexicon of
harmless phrases blanked before any rule reads ("dying to see you"), and the gap stops that a gap
never crosses ("he never hit me" is not "he ... hit me").

The pattern language is described in ``engine.py``. An entry list is written as one string, entries
separated by commas.
"""

from __future__ import annotations

from .engine import PhraseTable, Rule


def _entries(text: str) -> tuple[str, ...]:
    return tuple(e.strip() for e in text.replace("\n", ",").split(",") if e.strip())


LEXICONS: dict[str, str] = {
    # ---- the words a gap never crosses: not, never, a new subject, a new clause
    "gap_stops": """not, never, no, nor, hardly, barely, don't, doesn't, didn't, won't, wouldn't, can't,
        couldn't, isn't, wasn't, aren't, weren't, haven't, hasn't, hadn't, shouldn't, mustn't, i, he,
        she, they, we, you, it, but, because, so, if, when, whenever, while, although, though, unless,
        until, or""",
    # ---- the words a typo may be read as: those that carry the meaning of a sentence here
    "slips": """suicide, suicidal, myself, unalive, overdose, overdosed, overdosing, disappear, anymore,
        everyone, everybody, anyone, without, strangle, strangled, strangles, strangling, choked, choking,
        chokes, throttled, suffocate, suffocated, smothered, slapped, slapping, slaps, punched, punching,
        punches, kicked, kicking, shoved, shoving, pushed, pushing, grabbed, grabbing, hitting, beaten,
        beating, threatened, threatens, threaten, threatening, threats, murder, murdered, killing, killed,
        stabbed, stabbing, bruises, bruised, assaulted, attacked, abused, abusive, abusing, violent,
        controlling, passwords, password, location, tracking, tracked, stalking, stalked, permission,
        allowed, scared, afraid, terrified, frightened, knife, knives, pistol, weapon, pills, tablets,
        razor, blades, cutting, burning, starving, throat, forced, forces, forcing, raped, rapes,
        pressured, pressures, boyfriend, girlfriend, husband, partner, eggshells, headlock, breathe,
        because, through, tonight, whenever, nobody, somebody, someone, strangling, bleeding, burden,
        goodbye, funeral, worthless, useless, custody, immigration, sexually, condom""",
    # ---- people
    "relation": """partner, boyfriend, girlfriend, husband, wife, ex, fiance, fiancee, fiancé, fiancée,
        spouse, bf, gf, hubby, wifey, man, other half, significant other, date, lover, dh, dw, dad,
        father, stepdad, stepfather, mum, mom, mother, stepmum, stepmom, brother, sister, son,
        daughter, stepson, stepdaughter, uncle, aunt, cousin, grandpa, grandfather, roommate,
        flatmate, housemate, boss, friend, boy, girl, guy, woman, neighbour, neighbor, landlord,
        coworker, colleague, carer, caregiver, ex husband, ex wife, ex boyfriend, ex girlfriend,
        ex partner, baby daddy, baby mama, kids dad, kids mum, kids mom, in laws, father in law,
        mother in law, family""",
    "negator": """never, not, don't, doesn't, didn't, won't, wouldn't, hasn't, haven't, hadn't, isn't,
        wasn't, can't, couldn't, has never, have never, had never, would never, 's never, 'd never""",
    "det": "my, his, her, their, your, our, the, a, an, this, that, 's, one of my, one of his",
    # Someone who acts on the reader: "he", "my husband", "the kids' dad", "you" (as in a message).
    "agent": "he, she, they, you, someone, somebody, @det? @relation",
    "agent_object": "him, her, them, you, someone, somebody",
    "dependant": """kids, kid, children, child, baby, babies, son, daughter, dog, dogs, cat, cats, puppy,
        kitten, pet, pets, mum, mom, mother, dad, sister, brother, friend, family, @relation""",
    # Whom it is done to: the reader, or someone in their care or their home.
    "victim": "me, us, him, her, them, mum, mom, @det @dependant",
    "poss": "my, her, his, their, your, our, my son 's, my daughter 's, the kids",
    "body": """face, head, arm, arms, neck, throat, stomach, belly, tummy, ribs, rib, back, chest, leg,
        legs, wrist, wrists, hair, eye, eyes, mouth, nose, jaw, cheek, cheeks, lip, lips, ear, ears,
        shoulder, shoulders, hand, hands, finger, fingers, foot, feet, knee, knees, skull, thigh,
        thighs, body, breast, breasts, teeth, tooth, side, hip, hips, windpipe, skin, privates, butt,
        bum, forehead, temple, collarbone, ankle, ankles""",
    # Parts of the body a hand can hold without harm are left out where the verb is a grip.
    "body_grip": """face, head, arm, arms, neck, throat, wrist, wrists, hair, jaw, chin, shoulder,
        shoulders, chest, breast, breasts, leg, legs, thigh, thighs, ear, ears, nose, privates, butt,
        body, skin""",
    "impersonal": """i, we, me, it, this, that, there, reality, life, everything, something, nothing, what,
        which,
        who, the news, the truth, the thought, the realisation, the realization, work, school""",
    "adv": """just, has, had, 's, 'd, 've, also, then, again, once, actually, literally, always, often,
        sometimes, even, finally, suddenly, really, physically, almost, nearly, tried to, started,
        keeps, kept, used to, would, will, 'll, did, does""",
    "will": """'ll, will, would, 'd, is going to, 's going to, are going to, 're going to, was going to,
        were going to, going to, might, could, may, can, wants to, want to, wanted to, is gonna,
        threatened to, threatens to, promised to, swore to, swears to""",
    # ---- what is done
    # Strikes that are violent with a person as their object (their guards are in the rules).
    "strike": """punch, punches, punched, punching, slap, slaps, slapped, slapping, kick, kicks, kicked,
        kicking, smack, smacks, smacked, smacking, whack, whacks, whacked, thump, thumps, thumped,
        headbutt, headbutts, headbutted, head butted, elbowed, elbows, kneed, stomped on, stamped on,
        stomps on, battered, batters, assault, assaults, assaulted, assaulting, attack, attacks,
        attacked, attacking, abuse, abuses, abused, abusing, bit, bites, biting, scratched, scratches,
        shoved, shoves, shove, shoving, spat on, spat at, spat in, spits on, spits at, spit on, spit at,
        struck, strikes, tackled, manhandled, manhandles, roughed up, beat up, beats up, beating up,
        beaten up, bashed, bashes, pummelled, pummeled, burned, burnt, burns, slammed, slams, backhanded,
        backhands, backhand, bitch slapped, pistol whipped, sucker punched,
        clocked, decked, socked, walloped, belted, cracked, body slammed, stomped, stamped, kneed""",
    "hit": "hit, hits, hitting, hitted",
    "beat": "beat, beats, beating, beaten",
    "push": "push, pushes, pushed, pushing",
    "grab": "grab, grabs, grabbed, grabbing",
    "hurt": "hurt, hurts, hurting",
    "shake": "shook, shakes, shaking, shake, shaked",
    "throw": "threw, throws, throw, throwing, hurled, hurls, chucked, chucks, flung, flings, tossed",
    "knock": "knocked, knocks, knock, knocking",
    "drag": "dragged, drags, drag, dragging, yanked, yanks, pulled, pulls, pull, pulling",
    "pin": """pinned, pins, pin, pinning, held, holds, hold, holding, sat on, sits on, sitting on, kneeled on,
        knelt on, kneels on, lay on, lies on""",
    "strike_body": """punched, punches, punch, punching, slapped, slaps, slap, kicked, kicks, kick, hit,
        hits, smacked, smacks, twisted, twists, twisting, bit, bites, scratched, scratches, burned, burnt,
        burns, broke, breaks, broken, bruised, bruises, slammed, slams, slamming, stomped on, stamped on,
        elbowed, spat in, spat on, spit in, crushed, crushes, bent, bends, smashed, smashes, cut, cuts,
        sliced, stabbed, stabs, bashed, bashes, banged, bangs, headbutted, whacked, thumped, kneed""",
    "grip": """grabbed, grabs, grab, grabbing, gripped, grips, pulled, pulls, pulling, yanked, yanks,
        squeezed, squeezes, squeezing, held, holds, pinched, pinches, wrenched, wrenches""",
    "contest": """{a|the|every|an|our|this}? game, games, race, match, argument, debate, chess, cards,
        tennis, scrabble, monopoly, competition, round, quiz, fight, arm wrestling, video games""",
    "ing_work": """doing, trying, going, making, taking, applying, getting, buying, moving, saying,
        signing, talking, seeing, it, this, that, a decision, a corner, therapy""",
    "playthings": """ball, balls, frisbee, pillow, pillows, snowball, snowballs, water balloon, cushion,
        cushions, paper, grapes, popcorn, confetti, kiss, kisses, smile, wink, glance, look, compliment,
        question, questions, joke, jokes, line, party, surprise party, bone, toy, sweets, candy""",
    "things_broken": """wall, walls, door, doors, hole, holes, window, windows, table, mirror, furniture,
        things, stuff, plates, plate, dishes, glass, glasses, chair, chairs, tv, television, lamp,
        cupboard, cabinet, car window, windscreen""",
    "marks": """black eye, bruise, bruises, split lip, concussion, broken nose, broken rib, broken ribs,
        bloody nose, fat lip, busted lip, marks, a black eye, a bruise, a split lip, a concussion,
        a broken nose, a bloody nose, a fat lip""",
    "violent": """violent, abusive, physical {with me|when|if}, rough {with me|when|if}, aggressive,
        dangerous, scary {when|with|if}, handsy, physically abusive, violent with me""",
    "be_get": """is, 's, was, were, are, 're, gets, got, get, getting, can get, can be, becomes,
        became, has been, have been, 's been, keeps getting, is getting, 's getting, has gotten,
        started getting, turns, turned""",
    # ---- strangling
    "choke": """choke, chokes, choked, choking, strangle, strangles, strangled, strangling, throttle,
        throttles, throttled, throttling, suffocate, suffocates, suffocated, suffocating, smother,
        smothers, smothered, smothering, choke out, choked out, chokes out""",
    "neck": "neck, throat, windpipe, airway",
    # ---- weapons
    "gun": "gun, guns, pistol, rifle, shotgun, firearm, firearms, revolver, handgun, handguns, glock",
    "blade": """knife, knives, blade, blades, machete, axe, hatchet, razor, scissors, screwdriver, box cutter,
        kitchen knife, bread knife""",
    "weapon": "@gun, @blade, weapon, weapons, bat, baseball bat, hammer, crowbar, tire iron, tyre iron",
    "struck_with": """@weapon, belt, cord, stick, bottle, chair, lamp, pan, frying pan, iron, shoe, brick,
        rock, stone, pipe, poker, phone, remote, broom, whip, cable, wire, rope, fist, fists""",
    "toy_gun": """nerf, water, glue, toy, squirt, staple, cap, bb, airsoft, paintball, laser, spray, heat,
        hot glue, nail, price, ray, bubble, massage, grease, caulk, caulking, sticker""",
    # ---- sex
    "sex": """sex, have sex, having sex, had sex, sleep with {him|her|them}, sleeping with {him|her|them},
        do it, doing it, sexual {things|stuff|acts|act|favours|favors}, things in bed, stuff in bed,
        oral, blowjob, blowjobs, blow jobs, intercourse, anal, porn, threesome, threesomes, sexting,
        nudes, send nudes, sex acts, {stuff|things} ~3 {not ready|don't want|didn't want|uncomfortable},
        touch {him|her|them}, touch myself, get naked, kinky stuff""",
    "force": """force, forces, forced, forcing, pressure, pressures, pressured, pressuring, make, makes,
        made, making, coerce, coerces, coerced, coercing, guilt, guilts, guilted, guilting, guilt trips,
        guilt tripped, guilt trip, push, pushes, pushed, pushing, bully, bullies, bullied, talk, talks,
        talked, manipulate, manipulates, manipulated, blackmail, blackmails, blackmailed, nag, nags,
        nagged, beg, begs, begged""",
    "no": "no, stop, i don't want to, not tonight, i didn't want to, to stop",
    # ---- threats
    "harm_verb": """kill, murder, hurt, harm, hit, beat, beat up, shoot, stab, strangle, choke, drown, burn,
        break, smash, poison, slit, cut, end, destroy, get rid of, bury, slaughter, break {the|my|her|his}
        neck of, run over, knock out, bash, punch, slap, kick, finish, torture, maim, disfigure,
        throw acid on""",
    "threat_victim": """me, us, you, them, her, him, everyone, everybody, the kids, the children, the baby,
        the dog, the cat, my @dependant, our @dependant, the @dependant, my @body, your @body,
        my whole family, your family, my family, the family, anyone""",
    "children": """kids, children, child, baby, son, daughter, boy, girl, boys, girls, little one,
        little ones, dog, cat, dogs, cats, pets, pet, puppy, kitten""",
    "self_third": "himself, herself, themselves, themself, his self, her self",
    "images": """nudes, photos, pictures, pics, videos, video, sex tape, images, naked pictures,
        naked photos, intimate photos, private photos, private pictures, screenshots""",
    # ---- control
    "device": """phone, cell, cellphone, mobile, texts, text messages, messages, emails, email, inbox,
        dms, chats, chat, call log, calls, call history, browser history, search history, history,
        social media, socials, instagram, facebook, whatsapp, snapchat, tiktok, twitter, accounts,
        account, diary, journal, bag, purse, handbag, laptop, computer, mail, post, receipts,
        bank statements, statements, notebook, photos, gallery, contacts, pockets, wallet""",
    "inspect": """check, checks, checked, checking, go through, goes through, went through, going through,
        gone through, look through, looks through, looked through, looking through, snoop through,
        snoops through, snooped through, snooping through, snoop in, snoops in, snooped in, snooping in,
        snoop on, snoops on, snooping on, search, searches, searched, searching, monitor, monitors,
        monitored, monitoring, scroll through, scrolls through, scrolled through, read through,
        reads through, demand to see, demands to see, demanded to see, spy on, spies on, spied on,
        spying on, goes thru, go thru, went thru, going thru, read all, reads all, log into, logs into,
        logged into, logs in to, logged in to, hacked, hacks, hacked into, hacks into, takes, took,
        confiscates, confiscated""",
    "reader_reads": "read, reads, reading",
    "passwords": """password, passwords, passcode, passcodes, pin, pin number, pins, phone code, login,
        logins, log in, codes, code, face id, fingerprint""",
    "track": """track, tracks, tracked, tracking, stalk, stalks, stalked, stalking, monitor, monitors,
        monitored, monitoring, trace, traces, traced, locate, locates, located""",
    "trackable": """location, locations, whereabouts, every move, movements, movement, car, phone,
        where i {go|am|was|went|'ve been|have been|'m going}, who i {see|'m with|am with|talk to|text},
        gps, mileage, steps, spending, calls""",
    "money": """money, paycheck, paychecks, pay check, paycheque, pay, wages, salary, benefits, bank card,
        bank cards, cards, card, credit card, credit cards, debit card, debit cards, savings, bank account,
        bank accounts, finances, income, inheritance, tips, earnings, allowance, pension, child support,
        account, accounts, pin""",
    "docs": """passport, id, documents, papers, visa, birth certificate, car keys, keys, phone, medication,
        meds, medicine, pills, inhaler, glasses, shoes, clothes, wallet, purse, bank card, insulin,
        wheelchair, hearing aids, sim card, charger""",
    "neg_let": """won't let, wont let, will not let, doesn't let, does not let, don't let, do not let,
        didn't let, did not let, wouldn't let, would not let, never lets, never let, refuses to let,
        refused to let, won't allow, doesn't allow, does not allow, didn't allow, never allows,
        wouldn't allow, won't even let, doesn't even let""",
    "activity": """see, go, talk, visit, hang out, meet, call, text, leave, work, drive, have, use, spend,
        wear, eat, sleep, study, learn, shower, speak, phone, message, contact, keep, get, open, join,
        be alone, be with, go out, out of his sight, out of her sight, take, attend, cut my hair, vote,
        pray, dress""",
    "activity_ing": """seeing, going, talking, visiting, leaving, working, driving, having, using, spending,
        meeting, calling, texting, hanging out, studying, speaking, contacting, getting, keeping,
        wearing, eating, sleeping, being with, attending""",
    "people": """my friends, my family, friends, family, anyone, anybody, everyone, everybody, people,
        my mum, my mom, my mother, my dad, my father, my parents, my sister, my brother, my sisters,
        my brothers, my kids, my children, other men, other women, other guys, other girls, guys, girls,
        men, women, my coworkers, my colleagues, my therapist, a doctor, the doctor, my doctor, my best
        friend, my friend, my sister 's, my mum 's, my mom 's, my own family, my relatives, my cousins""",
    "insult": """worthless, stupid, useless, ugly, fat, crazy, insane, pathetic, disgusting, trash,
        garbage, nothing, psycho, an idiot, idiot, dumb, a slut, slut, a whore, whore, a bitch, bitch,
        a loser, loser, a failure, failure, a retard, retard, a cow, cow, names, a pig, pig,
        a freak, freak, mental, a nobody, nobody, a waste of space, hysterical, unlovable, frigid,
        a bad mother, a bad mom, a bad mum, a bad father, a terrible mother, a joke, a burden""",
    # ---- fear
    "fear_adj": """scared, afraid, frightened, terrified, petrified, fearful, scared shitless, so scared,
        really scared, terrified of, nervous, anxious, frighten""",
    # ---- crisis
    "want_to": """want to, wanted to, wanting to, wish to, need to, ready to, going to, planning to,
        plan to, deserve to, decided to, deciding to, trying to, tempted to, thinking about,
        thought about, think about, thinking of, thought of, considering, consider, would like to,
        'd like to, wish i could, just want to, really want to, want to just, gonna, am going to,
        'm going to, have to, urge to, urges to, want it to, wants to""",
    "self": "myself, my self, meself, mysef",
    "me_or_someone": "myself, my self, himself, herself, themselves, themself",
    "sh_verb": """cut, cutting, cuts, burn, burned, burnt, burning, burns, scratch, scratched, scratching,
        scratches, hit, hitting, hits, bang, banged, banging, bangs, bite, bit, biting, bites, carve,
        carved, carving, carves, slash, slashed, slashing, stab, stabbed, stabbing, punch, punched,
        punching, starve, starved, starving, starves, hurt, hurting, hurts, harm, harmed, harming,
        harms, punish, punished, punishing, pinch, pinched, pinching, pick, picked, picking,
        beat, beating, strangle, strangling, choke, choking, poison, poisoned, poisoning""",
    "wound_verb": """cut, cuts, cutting, slit, slits, slitting, slash, slashes, slashed, slashing, carve,
        carved, carving, carves, burn, burned, burnt, burning, scratch, scratched, scratching, stab,
        stabbed, stabbing, mark, marked, marking, sliced, slice, slicing""",
    "sh_body": """wrist, wrists, arm, arms, thigh, thighs, leg, legs, skin, stomach, hip, hips, forearm,
        forearms, ankle, ankles, chest, belly, side, sides, hand, hands, body""",
    "bleed": """bleed, bled, bleeds, bleeding, bruised, bruise, bruises, hurt, hurts, raw, numb, scarred,
        blister, welt, welts,
        blistered, burns, burned, stings, stung""",
    "means": """pills, tablets, meds, medication, medicine, sleeping pills, sleeping tablets, painkillers,
        paracetamol, tylenol, acetaminophen, ibuprofen, aspirin, insulin, antidepressants, opioids,
        oxy, benzos, xanax, codeine, lithium, rope, noose, razor, razors, razor blades, blades,
        charcoal, gun, bullets, poison, bleach, antifreeze, prescription, prescriptions, script, pain meds,
        sleeping meds""",
    "pills": """pills, tablets, meds, medication, medicine, sleeping pills, sleeping tablets, painkillers,
        paracetamol, tylenol, pill, tablet, bottle, pack, packet, box, blister pack""",
    "high_place": """bridge, building, roof, rooftop, cliff, train, bus, truck, lorry, car, balcony, tower,
        traffic, platform, motorway, highway, freeway, window, overpass, ledge, parking garage,
        car park, multi storey""",
    "target": """him, her, them, someone, somebody, anyone, anybody, people, everyone, everybody, you,
        @det @relation, @det @dependant, that guy, that girl, that man, that woman, that bitch,
        that bastard, that asshole, this guy, this girl, the guy, the girl, the man, the woman,
        my mom, my mum, my dad""",
    "i_will": """i, i 'll, i will, i 'd, i would, i 'm going to, i am going to, i could, i might, i may,
        i want to, i wanna, i need to, i 'm gonna, i feel like i could, i swear i 'll, i swear i will""",
}

SPELLINGS: tuple[tuple[str, str], ...] = (
    # Quotation marks, as against apostrophes inside words.
    (r"(?<![a-z])'(?!(?:s|ll|d|re|ve|m|t)\b)|'(?![a-z])", " "),
    (r"[\u201c\u201d\"]", " "),
    # Words run together or cut short in a hurry.
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bgotta\b", "got to"),
    (r"\bfinna\b", "going to"),
    (r"\btryna\b", "trying to"),
    (r"\bhafta\b", "have to"),
    (r"\blemme\b", "let me"),
    (r"\bgimme\b", "give me"),
    (r"\bkinda\b", "kind of"),
    (r"\boutta\b", "out of"),
    (r"\bdunno\b", "don't know"),
    (r"\bidk\b", "i don't know"),
    (r"\b(?:i'?ma|imma)\b", "i'm going to"),
    (r"\br u\b", "are you"),
    (r"\bu\b", "you"),
    (r"\bur\b", "your"),
    (r"\b(?:bc|bcuz|cuz|coz|cos)\b", "because"),
    (r"\btho\b", "though"),
    (r"\bthru\b", "through"),
    (r"\bnite\b", "night"),
    (r"\brn\b", "right now"),
    (r"\btmrw?\b", "tomorrow"),
    (r"\bppl\b", "people"),
    (r"\babt\b", "about"),
    (r"\bsmth\b", "something"),
    (r"\bb4\b", "before"),
    (r"\bpl[sz]\b", "please"),
    (r"\bselfharm\w*", "self harm"),
    (r"\bsewer ?slide\b", "suicide"),
    (r"\bun-?aliv(e|ed|ing)\b", r"unaliv\1"),
    (r"\b(my|him|her|them|your) (self|selves)\b", r"\1\2"),
    (r"\bany more\b", "anymore"),
    (r"\bcan ?not\b", "can't"),
    (r"&", " and "),
    # Apostrophes left out.
    (r"\bim\b", "i'm"),
    (r"\bive\b", "i've"),
    (r"\bill (?=(?:kill|hurt|stab|shoot|do|end|be|never|just|make|hit|jump|take|go|get|die|beat|"
     r"punch|slap|strangle|choke|burn|cut|ruin|find)\b)", "i'll "),
    (r"\bid (?=(?:kill|hurt|rather|be|never|just|die)\b)", "i'd "),
    (r"\b(he|she|what|that|there|who)s\b", r"\1's"),
    (r"\bhed\b", "he'd"),
    (r"\b(he|she)ll (?=(?:kill|hurt|do|be|find|take|hit|beat|leave|never|say|react|come|get|break|burn|"
     r"shoot|stab|make|ruin|post|send|tell|go)\b)", r"\1'll "),
    (r"\b(you|they)(re|ll|ve|d)\b", r"\1'\2"),
    (r"\b(can|don|won|didn|doesn|isn|wasn|aren|couldn|wouldn|shouldn|haven|hasn|hadn|weren|mustn)t\b",
     r"\1't"),
    # "he's", "i'll", "she'd": the pronoun and the verb as two words.
    (r"([a-z])'(s|ll|d|re|ve|m)\b", r"\1 '\2"),
)

# Everyday senses blanked before any rule reads the sentence.
HARMLESS = (
    "dying to", "die laughing", "died laughing", "dying laughing", "dying of laughter", "to die for",
    "{die|died|dying} of {embarrassment|shame|boredom|cuteness|thirst|hunger}",
    "{kill|killing|killed|kills} time", "{kill|killing|killed} it", "{kill|'d kill} for {a|an|some|that|"
                                                                    "this|one}",
    "{kill|'d kill} to {have|be|get|see|go|know|look}", "{killing|kills|killed} me with",
    "{hit|hits|hitting} me up", "{hit|hits} it off", "beat me to {it|the}", "knock it off",
    "{beat|beats|beating} myself up", "{stab|stabbed|stabbing|stabs} {me|him|her|them|you} in the back",
    "{twist|twisted|twisting|twists} my arm {into|to|so|until i}", "{pull|pulling|pulled} my leg",
    "{choked|choke|choking|chokes} {up|back|on}", "{shoot|shot} me {a|an} {text|message|email|look|glance|"
                                                  "smile}",
    "{drives|drove|drive|driving} me {crazy|insane|mad|nuts|up the wall|round the bend|wild}",
    "over my dead body", "dead {tired|serious|beat|set|on}", "{bored|worried} to death",
    "{embarrassed|embarrassing|awkward|cringe|cringey|cringy|boring|mortified|mortifying} ~4 {wanted|want|"
    "wanna} to {die|disappear|vanish}",
    "{movie|film|show|date|concert|game|meal|class|lecture|meeting|party|joke|song|book|play|episode|match|"
    "speech} ~5 {wanted|want|wanna} to {die|disappear|vanish}",
    "{kills|killed|killing} me {inside|a little}", "{killing|kill|killed} the {music|lights|engine|mood}",
    "murder {a|an|this|that} {pizza|burger|drink|beer}", "{make|made|makes} a killing",
    "{mum|mom|mother|dad|father|boss|teacher|coach|sister|brother|parents|manager|grandma|gran|nan|editor|"
    "landlord} ~4 {going to|gonna|'ll|will|would|'d|is going to} kill me",
    "kill me {if|when} {i|she|he|they} ~5 {spill|spilled|dent|dented|scratch|scratched|sees {this|the} "
    "mess|see {this|the} mess|eat {his|her|their} {food|leftovers|chocolate|fries|snacks}|ate {his|her|"
    "their} {food|leftovers|chocolate|fries|snacks}|get a tattoo|find out about the {party|tattoo|dent|"
    "bill|price}}",
    "{kill|murder|strangle} {him|her|them|you} for {eating|finishing|drinking|using|borrowing|taking the "
    "last|spoiling|waking me|snoring|stealing my {fries|chips|food|chocolate|snacks|seat|charger}}",
)

R = Rule

RULES: tuple[Rule, ...] = (
    # ================================================================ crisis: suicide
    R("suicide", "{suicide|suicidal|suicidality|kms|unalive|unaliving|unalived|unalives}"),
    R("suicide", "{kill|kil|killing|killed|kills|hang|hanging|hanged|hangs|shoot|shooting|drown|drowning|"
                 "poison|poisoning|off|offing|gas|gassing|electrocute|unalive|end|ending|suffocate|"
                 "suffocating} {@self|@self_third} !{laughing|to|at|over|working|with work|trying|for|in "
                 "the foot|in the gym}"),
    R("suicide", "<!{don't|never} {kys|kill yourself|go die|kill urself}"),
    R("suicide", "{end|ending|ended|ends|take|taking|took|takes} {my|his|her|their} own? life "
                 "!{back|seriously|in my hands|into my own hands|for granted}"),
    R("suicide", "@want_to just? ~1 {die|be dead|not exist|not be alive|not be here anymore|stop existing|"
                 "stop living|stop breathing|stop being alive|cease to exist|end it all|end everything|"
                 "end my life|end it|sleep forever|never wake up|not wake up|disappear forever|be gone "
                 "forever|go to sleep forever} !{of|from|laughing|happy|old|in {his|her|their|your|my} "
                 "arms|for|a little|inside|with|then|when|between|early|off|on}"),
    R("suicide", "<!{'m|am|are|'re|we} {end|ending} {it|things} $"),
    R("suicide", "{end|ending|ended} {it all|everything|my life}"),
    R("suicide", "{wish|wished|wishing} ~2 {dead|never born|had never been born|never existed|didn't exist|"
                 "did not exist|wasn't alive|weren't alive|wasn't born|could die|would die|was gone|were "
                 "gone} !{for a|for the}"),
    R("suicide", "{rather|better off|be better} ~1 dead"),
    R("suicide", "'d rather {die|be dead|not be here|not exist} !than"),
    R("suicide", "{don't|do not|didn't|never} {want|wanna|wish} to ~1 wake up !{early|at|so early|before|"
                 "for|in time|on time|till|until|til|to {my|the} alarm|when|on {monday|a|the|weekends}}"),
    R("suicide", "{ways|methods|way|how} to {die|kill myself|end it all|end my life|commit suicide|not "
                 "exist|stop living} !{of {old age|natural causes}|happy|peacefully in my sleep at|in a "
                 "game|in the game|in minecraft}"),
    R("suicide", "{don't|do not|doesn't|wouldn't|would not|no longer|barely} care {if|whether} i {live|die|"
                 "wake up|exist|am alive|'m alive|make it}"),
    R("suicide", "{don't|can't|do not|cannot|can not|never} see myself {being here|being alive|alive|here|"
                 "around|living|getting old|growing old|making it|still here} ~2 {next|in|by|at|much|"
                 "past|for|anymore|$}"),
    R("suicide", "{don't|do not|didn't|never|doesn't|does not|dont} {want|wanna|wants|wish|feel like} to "
                 "~1 {live|be alive|exist|go on|keep living|keep going|be here|be around|carry on|continue|"
                 "see tomorrow|be on this earth} !{in|at|near|there|early|like that|with|here|so|before|"
                 "for|on|alone|together|until|till|til|by|tomorrow|next|this|that|the|a|an|somewhere|"
                 "anywhere|abroad|far}"),
    R("suicide", "{no|nothing|not|don't see|can't see|cannot see|do not see|didn't see|see no} ~2 {reason|"
                 "point|purpose|left|worth} ~2 {to|in|for} {live|living|life|going on|being alive|keep "
                 "living|keep going|carry on|carrying on|existing|being here|me being here|continue|"
                 "continuing|stay|staying|wake up|waking up|getting up|trying anymore|any of it}"),
    R("suicide", "nothing {left}? to live for"),
    R("suicide", "{what 's|what is|whats} the point ~1 {of|in} {living|life|going on|being alive|being here|"
                 "existing|anything|trying|me|waking up} !{without|if}?"),
    R("suicide", "{life|living|it} {isn't|is not|'s not|ain't|not} worth {living|it} {anymore|without}?"),
    R("suicide", "{life|living|existing} {is|feels} {pointless|meaningless|unbearable}"),
    R("suicide", "{can't|cannot|couldn't|could not} {go on|keep going|carry on|keep living|live like this|"
                 "keep doing this|face another day|face tomorrow|face living|take it|take this|take much "
                 "more|handle {it|this|life}|cope|do {this|it|life|this life|living}} {anymore|any "
                 "longer|much longer|like this|now} !{with|because|without {coffee|tea|caffeine|sleep|a "
                 "holiday|a break|a nap|food|chocolate|wine|my phone|a vacation|wifi|internet}}"),
    R("suicide", "{can't|cannot|couldn't} {go on|keep going|carry on|keep living} $"),
    R("suicide", "{sleep|go to sleep|fall asleep|close my eyes} ~3 {and|then} {never|not} wake up"),
    R("suicide", "{hope|wish|pray|praying|hoping} i ~1 {never|don't|do not|won't|will not} wake up"),
    R("suicide", "never wake up again"),
    R("suicide", "<!{forgot to|forget to|remember to|remembered to|need to|have to|supposed to} {take|"
                 "taking|took|swallow|swallowing|swallowed|down|downing|downed|overdose on|od on} {all|"
                 "the whole|a whole|every one of|all of|a bunch of|a handful of|handfuls of|loads of|too "
                 "many|enough} ~2 {@pills|@means} !{in the morning|at night|every|each|with {food|"
                 "breakfast|lunch|dinner|water}|on time|today|this morning|before|after|like|as "
                 "prescribed|prescribed|for my|for the|that the doctor}"),
    R("suicide", "{overdose|overdosed|overdosing|overdoses|od|oding|od 'd|o d}"),
    R("suicide", "{jump|jumping|jumped|jumps|throw myself|throwing myself|threw myself|step|stepping|walk|"
                 "walking|leap|leaping} {off|from|in front of|under|out of} ~2 @high_place"),
    R("suicide", "{think|thinking|thought|want|wanted|wanting|tempted|urge|urges|going} ~3 {drive|driving|"
                 "crash|crashing|swerve|swerving|steer|steering} ~3 {off|into|in front of} ~2 {road|"
                 "bridge|tree|wall|cliff|river|lake|traffic|truck|lorry|barrier|sea|pole|edge|oncoming|"
                 "overpass|train}"),
    R("suicide", "{think|thinking|thought|dream|dreaming|fantasize|fantasise|fantasizing|fantasising|"
                 "imagine|imagining|obsessing} {about|of} {jumping|falling|stepping off|dying|death|"
                 "being dead|not being here|not existing|not being alive|killing myself|suicide|ending "
                 "it|ending my life|my death|not waking up} !{into {the|a} {pool|lake|sea|water}|in|on|"
                 "at|rope|for joy|ship|out of a plane|from a plane|with a parachute|of {old age|natural}|"
                 "in my sleep peacefully}"),
    R("suicide", "{not|never|don't|didn't|won't} wake up !{~2 {early|in time|on time|till|until|before|"
                 "after|for|at|when|from|with the alarm|to my alarm|in the morning}}"),
    R("suicide", "{death|dying|being dead|not existing|not being here|not waking up|ending it} ~3 {relief|"
                 "peace|peaceful|escape|answer|option|solution|way out|easier|welcome|release|rest|mercy|"
                 "kinder}"),
    R("suicide", "{can't|cannot|don't think i can|not sure i can|can no longer|unable to|can't go on} ~1 "
                 "{keep|go on|carry on|continue} {{living|going|existing} !{to|on|with|through|back|home|"
                 "out|there|at}|doing this {$|anymore|any longer|much longer|like this}}"),
    R("suicide", "{don't|do not|didn't} want to do {life|this life|living|this anymore|any of this anymore}"),
    R("suicide", "{sleep|go to sleep|fall asleep|lie down} and never ~4 again"),
    R("suicide", "i {won't|will not|wont} be {{here|alive} $|{here|around|alive} {anymore|much longer|for "
                 "long|to see} !{tonight|today|this {evening|week|weekend|afternoon|morning}|i 'm off|"
                 "because}}"),
    R("suicide", "{wish|hope|hoping|wishing|pray|praying} ~4 {would hit me|hits me|hit me|run me over|runs "
                 "me over|ran me over|get hit|got hit|would crash|die in|get in an accident|have an "
                 "accident|get sick and die|don't survive|not survive|won't survive|would strike me|"
                 "strikes me|killed me|kills me|would kill me|take me|would take me|end me}"),
    R("suicide", "{kids|children|family|son|daughter|baby|husband|wife} ~3 better off {with|without} ~3 "
                 "{different|another|new|someone else|somebody else|me}"),
    R("suicide", "{bridge|tracks|train tracks|railway|railway line|cliff|ledge|rooftop|roof|edge|balcony|"
                 "platform|river} ~8 {and thinking $|keep thinking about it|kept thinking about it|"
                 "thinking about it $|can't stop thinking about it|staring down|looking down|thinking "
                 "about jumping|wanted to jump|want to jump}"),
    R("suicide", "{i|i 'd|my life|everything|it|things|life|the pain|everyone} ~6 {easier|better|simpler|"
                 "stop|end|over|peaceful|relief|lighter} ~3 {if|when|once} i ~2 {died|was gone|were gone|"
                 "was dead|were dead|wasn't here|weren't here|was not here|didn't exist|did not exist|"
                 "wasn't alive|killed myself|ended it|'m gone|am gone|'m dead|am dead|disappeared "
                 "forever|never woke up|didn't wake up}"),
    R("suicide", "{thinking|thought|think|thinks|dreaming|obsessing|fantasizing|fantasising} ~3 {about|of} "
                 "{death|dying|being dead|suicide|not existing|not being here|ending it|ending my life|"
                 "my death} !{~3 {of {my|her|his|a} {dog|cat|grandma|grandmother|grandad|grandfather|"
                 "friend|pet|mum|mom|dad|father|mother}|in {the|a} {book|film|movie|show|news}|penalty|"
                 "metal|star}}"),
    R("suicide", "{not sure|don't know if|do not know if|don't think|unsure if|no longer sure} i ~1 want "
                 "to ~1 {keep living|live|be alive|go on|be here|exist|keep going|wake up|carry on}"),
    R("suicide", "{hope|hoping|pray|praying|wish} i ~1 {don't|do not|never|won't|will not} {see|make it to|"
                 "wake up to|live to see|get to} ~1 {morning|tomorrow|another day|the morning|the "
                 "weekend|next week|my birthday}"),
    R("suicide", "{no|nothing|not any|don't see any|don't see the|can't see the|cannot see the|see no} "
                 "{point|reason|purpose} {in|of|to|for}? {carrying on|going on|living|trying anymore|"
                 "being alive|staying alive|keep going|keeping going|waking up|existing|life|being here}"),
    R("suicide", "{why bother|what 's the point in|what is the point in|why keep|why even bother} {living|"
                 "going on|trying anymore|waking up|existing|being alive|staying alive|carrying on}"),
    R("suicide", "{this is|this 'll be|consider this|so this is} {goodbye|my goodbye|farewell|the end for "
                 "me} !{to {the|my|this} {job|flat|house|city|team|old}|for now|until}"),
    R("suicide", "{can't|cannot|don't|do not|no longer} see {a|any} future {for myself|for me|$|at all|"
                 "anymore|ahead} !{with}"),
    R("suicide", "{give|giving|gave|given|ready to give} up on {life|living|everything|it all|being alive|"
                 "myself completely}"),
    R("suicide", "{what 's|what is|whats} the point {anymore|$|of anything|of it all|in anything|of going "
                 "on|of me|of trying anymore}"),
    R("suicide", "too {heavy|hard|much|painful|exhausting|tiring|unbearable} to {keep going|go on|carry on|"
                 "keep living|live|bear|stay alive|survive} !{with|on|to|at|in {this|the|my} {job|course|"
                 "class|project|race|gym}}"),
    R("suicide", "{to|'d|would|could|just|simply} not {exist|be alive|be here anymore|wake up|be born}"),
    R("suicide", "{end|ending|stop|stopping} {my|the|all the|this|all this} {suffering|misery|existence|"
                 "pain|agony|torment} ~2 {for good|forever|permanently|once and for all|$}"),
    R("suicide", "{want|wanted|need|going|planning|ready} to {end|stop} {my|the|all the|this} {suffering|"
                 "misery|existence|agony|torment}"),
    R("suicide", "{swallow|swallowing|swallowed|take|taking|took|down|downing} {everything|all of it|the "
                 "lot|whatever|all} ~2 {in|from} {the|my|our} {medicine cabinet|cabinet|bathroom cabinet|"
                 "first aid kit|drawer|bottle}"),
    R("suicide", "garage ~8 {engine running|engine on|exhaust|the fumes|a hose}"),
    R("suicide", "{drive|drove|driving|crash|crashing|crashed|steer|steering|swerve|swerving} ~3 {off|"
                 "into} {a|the|some|oncoming} {bridge|tree|wall|cliff|river|lake|traffic|truck|lorry|"
                 "barrier|sea|pole}"),
    R("suicide", "{noose|gun to my head|slit my wrists|slit my throat|blow my brains out|hang myself}"),
    R("suicide", "{looking|looked|look|searching|searched|search|researching|researched|googling|googled|"
                 "reading} {up}? ~2 {ways|how|methods} to {die|kill myself|end it|end my life|overdose|do it|"
                 "hang myself|commit}"),
    R("suicide", "{only|no other|see no|don't see a|don't see any|no} way out"),
    R("suicide", "{way out|escape} {except|but|other than} ~1 {dying|death|to die|suicide}"),
    R("suicide", "{death|dying|being dead} {feels|seems|is|looks} ~2 {only|best|easiest|answer|way out|"
                 "relief|peaceful}"),
    R("suicide", "{tired|sick|exhausted} of {being alive|living|existing|life|being here|waking up}"),
    R("suicide", "{easier|better|simpler} ~2 {to|if i} ~1 {not exist|not be here|be dead|die|disappear|"
                 "didn't exist|wasn't here|weren't here|was dead|were dead|wasn't alive}"),
    R("suicide", "{picturing|imagining|planning|thinking about|dreaming about|dream about|think about} "
                 "my own? funeral"),
    R("suicide", "{told|tells|telling|tell} {me|her|him} to {kill|kys|die|go die|hang|end} ~1"),
    R("suicide", "said i should {die|kill myself|just die|kys|end it}"),
    R("suicide", "{want|wanted|wanting|going|decided|ready|planning} to ~1 {disappear|vanish|fade away} "
                 "!{for|into|from|to|with|under|when|tonight|next|on|off|somewhere|abroad|together|for a "
                 "while}"),
    R("suicide", "{disappear|vanish} {forever|for good|permanently|and never {come back|be found|return}|"
                 "from {this|the} {world|earth}|from everyone}"),
    R("suicide", "{self unalive|unalive myself|die by suicide|commit suicide|committing suicide|attempted "
                 "suicide|suicide attempt|tried to kill myself|tried killing myself}"),

    # ================================================================ crisis: indirect signs
    R("suicide_indirect", "{i 'm|i am|i feel|i 've been|feel like|feel|i 'm just|am|i 've become|i became|"
                          "being|i 'd be|i was|i always feel} ~2 {a|such a|just a|nothing but a|only a|a "
                          "big|a huge|a constant} {burden|waste of space|waste of oxygen|waste of air|"
                          "dead weight|drain}"),
    R("suicide_indirect", "i ~2 {wasn't|weren't|was not|were not|'m not|am not|not} ~1 {here|around|alive} "
                          "{anymore|any more|any longer}"),
    R("suicide_indirect", "{better off|happier|easier|relieved|lighter|free|better|fine|okay|ok} ~3 "
                          "{without me|if i {{was|were|wasn't|weren't|'m|am} ~1 {gone|dead|here|around|"
                          "alive|not here|not around}|died|disappeared|left for good}|when i 'm {gone|"
                          "dead}|when i {die|am gone|'m not around}|once i 'm gone|if i {died|disappeared|"
                          "was to die|did it}}"),
    R("suicide_indirect", "{world|everyone|everybody|my family|they|people} ~3 {better|happier|easier} ~2 "
                          "without me"),
    R("suicide_indirect", "{no one|nobody|noone|no body} {would|will|'d|'ll} ~2 {miss me|notice if i|care "
                          "if i|notice i 'm gone|notice i was gone|care when i|even notice|cry|come to "
                          "my funeral|be sad if i|know if i died}"),
    R("suicide_indirect", "{goodbye|farewell|suicide} {note|notes|letter|letters|message|messages|video|"
                          "videos|text} !{~6 {broke up|break up|breakup|split up|we split|moved away|"
                          "moved out|left the {job|company|school|team}|to my {job|team|class|"
                          "colleagues}|retire|retired|for {work|the team|the office}|ended things|ended "
                          "it with}}"),
    R("suicide_indirect", "{wrote|written|writing|write|left|leave} ~3 {letters|letter|notes|note|"
                          "messages} ~3 {to|for} ~1 {everyone|everybody|the kids|my kids|my family|my "
                          "children|my parents|my mum|my mom|each of|all my|people i love} !{birthday|"
                          "christmas|thank}"),
    R("suicide_indirect", "{said|saying|say|says} {goodbye|bye|my goodbyes} to {everyone|everybody|all my "
                          "friends|the world|all of you|each of them|my family|them all}"),
    R("suicide_indirect", "{goodbye|bye|farewell} {everyone|everybody|world|all|forever|for good|for the "
                          "last time}"),
    R("suicide_indirect", "{last time|last message|last text|last thing} ~4 {hear|hearing|get|from me|talk|"
                          "talking|speak|see me|you see me|we talk|we speak|i talk|i speak|i see you|see "
                          "each other}"),
    R("suicide_indirect", "{need|needs|find|found|get|have|lack|build|building|muster|waiting for} ~1 "
                          "{the}? {courage|nerve|guts|strength} {$|to do it|to end it|to go through with "
                          "it|to finish it}"),
    R("suicide_indirect", "{be|being} {around|here|alive} {much longer|for much longer|for long|much more} "
                          "!{~5 {moving|leaving for|off to|flying|travel|travelling|traveling|job|"
                          "holiday|vacation|trip|shift|party|at work|home}}"),
    R("suicide_indirect", "{burden|waste of space|disappointment} like me"),
    R("suicide_indirect", "{everyone|everybody|they|people|my family|the world|the kids|my kids} {would|"
                          "will|'d|'ll} be {better off|happier|fine|okay|ok} $"),
    R("suicide_indirect", "{said sorry|apologised|apologized|made amends|made peace|made my peace} {to|"
                          "with} {everyone|everybody|all of them|all my|everyone i} ~8 {closure|goodbye|"
                          "before i go|one last time|for the last time|in case|while i still can|while i "
                          "can}"),
    R("suicide_indirect", "{won't|will not|wont|not going to|'m not going to} ~1 be ~3 {problem|burden|"
                          "bother|worry|trouble|responsibility} ~2 {much longer|for long|anymore|soon|any "
                          "longer}"),
    R("suicide_indirect", "{look after|take care of|raise|have|care for} ~5 {if|when|in case} {anything|"
                          "something} {happens|should happen|were to happen} to me"),
    R("suicide_indirect", "{look after|take care of|care for|feed|walk} ~4 i {won't|will not|can't|cannot} "
                          "{be able to|be here|be around|do it anymore}"),
    R("suicide_indirect", "{note|letter|letters|notes} {explaining|to explain|saying|that says} {why $|why "
                          "i did it|why i 'm doing this|why i had to|everything $|i 'm sorry $}"),
    R("suicide_indirect", "{i 'm|i am|i feel|feel like|i 've become|i 'm just|i 'm only} ~2 {a|just a|such "
                          "a|only a|the} {weight|drag|dead weight|nuisance|curse|liability|parasite|"
                          "problem|waste} ~3 {to|on|for|dragging|holding|everyone|everybody|my family|"
                          "them|people|down|back}"),
    R("suicide_indirect", "{saying|said|say|says} {goodbye|goodbyes|bye} ~4 {without {them|anyone|people|"
                          "him|her} knowing|in my own way|one last time|for the last time|for good|"
                          "secretly|quietly}"),
    R("suicide_indirect", "i ~1 {don't think|doubt|not sure|might not|may not|won't} ~2 {be around|be here|"
                          "be alive|make it|still be here} {for|to|till|until|by|at|to see|much past} ~2 "
                          "{christmas|my birthday|new year|next year|next week|next month|summer|the "
                          "holidays|the weekend|tomorrow|long} !{~4 {because|travel|travelling|traveling|"
                          "away|abroad|working|work|visit|visiting|holiday|vacation|trip|his parents|her "
                          "parents|my parents}}"),
    R("suicide_indirect", "{after|by|past} {tonight|today|tomorrow|this weekend} ~3 {won't|will not|wont|"
                          "nothing|none of it|it won't|it will not} ~1 matter"),
    R("suicide_indirect", "{this is|this 'll be|this will be|that was|this was} ~1 {my|the} last {entry|"
                          "message|post|note|text|letter|journal entry|words} !{~3 {before|for today|"
                          "tonight|of the day|for now|until|till|today}}"),
    R("suicide_indirect", "{made|making|make|sorted|sorting} {arrangements|plans|provision} for ~2 {my dog|"
                          "my cat|my pets|the kids|my kids|my children|after|when i 'm gone|my things|my "
                          "stuff|everything} !{~5 {while|when i 'm away|holiday|trip|vacation|weekend|"
                          "week|surgery|hospital stay}}"),
    R("suicide_indirect", "{after|when|once} i 'm {gone|dead|no longer here|not here|not around} "
                          "!{for|on|to|away|out|abroad|shopping|home|at}"),
    R("suicide_indirect", "{decision|choice|mind made up} to {go !{to|back|home|abroad|out|for|on|with|"
                          "ahead}|end it|die|do it|leave this world|end my life|end things|not be here|"
                          "let go}"),
    R("suicide_indirect", "{want|wants|need|wish|wishing} ~3 to {end|stop|be over|go away} {for good|"
                          "permanently|forever}"),
    R("suicide_indirect", "i ~1 {won't|will not|wont} {have to}? {feel|suffer|hurt|deal with|struggle|be "
                          "in pain|cry} ~3 {much longer|any longer|for long|anymore|soon}"),
    R("suicide_indirect", "{soon|after tonight|tomorrow|one day soon} ~3 {none of|nothing|it all|any of "
                          "this|it|this} ~2 {will|'ll|won't|wont} matter"),
    R("suicide_indirect", "{won't|will not|wont|not going to} {have to}? ~2 {be around|be here|be a "
                          "{problem|burden|bother}|put up with me|deal with me|worry about me|see me|"
                          "hear from me} ~3 {much longer|for long|for much longer|anymore|soon|again|any "
                          "longer|after {today|tonight|this}} !{tonight|today|this {evening|week|weekend|"
                          "afternoon}|i 'm off|because i 'm|because i have}"),
    R("suicide_indirect", "{soon|after tonight|after today|by tomorrow} ~3 {won't|will not|wont} {be|have "
                          "to} ~3 {a problem|a burden|here|around|anymore|worry}"),
    R("suicide_indirect", "{don't|do not} think i 'll ~1 {be here|be around|make it|be alive} "
                          "{next|much longer|tomorrow|by|for long|to see}"),
    R("suicide_indirect", "{won't|will not|not} be here to see"),
    R("suicide_indirect", "{giving|gave|give|given|gives} {away}? ~1 {my|all my|most of my} {things|stuff|"
                          "belongings|possessions|jewellery|jewelry|savings|clothes|books|guitar|records|"
                          "prized|favourite|favorite|treasures}"),
    R("suicide_indirect", "{won't|will not|wont|don't|not going to} need {it|them|these|those|this|that|my|"
                          "anything|any of} ~2 {anymore|where i 'm going|much longer|soon|after}?"),
    R("suicide_indirect", "{gave|giving|given|give|rehomed|rehoming} ~1 my {dog|cat|pet|pets|puppy|kitten|"
                          "dogs|cats} ~7 {looked after|taken care of|take care of|look after|won't need|"
                          "for good|forever|permanently}"),
    R("suicide_indirect", "{saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
                          "stashing|stashed|hid|hidden|hiding|keeping|kept|storing|stored|buying up|"
                          "gathering|gathered} {up}? ~5 @means !{~6 {trip|holiday|travel|run out|running "
                          "out|refill|pharmacy|flight|vacation|week away|in case {i|we|they} run out|the "
                          "weekend|next month|chemist|doctor}}"),
    R("suicide_indirect", "@means ~6 {saved|stashed|stockpiled|hidden|hid|hide|hiding|ready|put aside|set "
                          "aside|saved up|stored}"),
    R("suicide_indirect", "enough {pills|tablets|meds|painkillers|insulin} ~3 {saved|to|stashed|hidden|"
                          "ready}"),
    R("suicide_indirect", "{bought|buy|got|ordered|getting|found|have} ~2 {a rope|rope|a noose|a gun|"
                          "charcoal|razor blades|a razor|poison|a hose} !{swing|ladder|toy|light|lights|"
                          "for}"),
    R("suicide_indirect", "{i|i 've|i have|i 've got|i got|i made|i 've made|i 've made a} ~1 {a plan|plan|"
                          "plans} {$|to {die|end it|do it|kill myself|go through with it|end my life|not "
                          "be here}}"),
    R("suicide_indirect", "{worked out|figured out|know|knew|decided|planned|planning|picked|chosen|"
                          "thought about} ~2 {how|where|when} ~2 i {would|'d|will|'ll|could|am going to|"
                          "'m going to} do it"),
    R("suicide_indirect", "i ~2 {picked|chosen|chose|decided on|planned} ~1 {a date|the date|a day|the day|"
                          "the time|a time|the place|a place|the spot|a spot} {$|for it|to do it|to end "
                          "it|to die|to go}"),
    R("suicide_indirect", "{tonight|today|tomorrow|this weekend|friday|saturday|sunday} {'s|is} the {night|"
                          "day}"),
    R("suicide_indirect", "{how many|how much} @pills ~4 {take|kill|would|need|enough|to die|lethal|fatal}"),
    R("suicide_indirect", "{lethal|fatal|deadly} {dose|amount}"),
    R("suicide_indirect", "{look|looks|seem|seems} like an accident"),
    R("suicide_indirect", "{want|wants|need|wish|just want} {it|it all|everything|all of it|all of this|"
                          "this all|the pain|the hurt|life|my life|all this} ~1 to {end|stop|be over|go "
                          "away|finish} !{so|and|tonight|today|soon}?"),
    R("suicide_indirect", "{want|wants|need|wish|just want} {it|it all|everything|all of it|all of this|"
                          "the pain|life|the hurt} ~1 to {end|stop|be over|go away} {for good|"
                          "permanently|forever}"),
    R("suicide_indirect", "{make|making} {it|the pain|everything|this|it all} stop {for good|forever|"
                          "permanently}"),
    R("suicide_indirect", "{peace|rest|sleep|quiet|silence} {permanently|forever|for good} !{on|at|every|"
                          "this|until|till|in|after|when|if}"),
    R("suicide_indirect", "{ready to|want to|going to|time to} {let go|give up on life|go for good|check "
                          "out} !{of|at|from|the|my|this|his|her|and move on|and move forward|time}"),
    R("suicide_indirect", "{made|making} {my}? peace with {it|dying|death|everything|leaving|going}"),
    R("suicide_indirect", "{putting|put|getting|got} my {affairs|things|life|house} in order"),
    R("suicide_indirect", "{updated|updating|wrote|written|write|writing|made|making|finished|sorted|done|"
                          "did} {my|a} will"),
    R("suicide_indirect", "{left|leaving|leave|wrote|written|writing} ~2 {instructions|notes|a list|a "
                          "note} {for|about} ~2 {my cat|my dog|the kids|my pets|after|when i 'm gone|my "
                          "funeral|everyone|the cat|the dog}"),
    R("suicide_indirect", "{love|goodbye|bye|miss|sorry|thank} ~6 just in case"),
    R("suicide_indirect", "^ {goodbye|farewell|bye forever|goodbye forever|goodbye everyone|goodbye all} $"),
    R("suicide_indirect", "{figured out|worked out|know|knew|decided|planned|sorted out|sorted|chosen} ~2 "
                          "{the when and how|the how and when|how and when|when and how|the method|how "
                          "to do it|how i 'll do it|how i will do it|where and when|when and where}"),
    R("suicide_indirect", "{stash|stockpile|hoard|supply|stockpiled|stashed|hoarded} of ~1 {pills|tablets|"
                          "meds|painkillers|sleeping pills|sleeping tablets|insulin|medication|"
                          "paracetamol}"),
    R("suicide_indirect", "{looked up|looking up|searched|searching|googled|googling|researching|"
                          "researched} ~2 {tallest|highest} {buildings|bridges|bridge|building|cliffs|"
                          "places|car parks} !{~4 {project|school|trip|holiday|visit|tour|homework|in "
                          "the world|class|essay}}"),
    R("suicide_indirect", "{tired|done|finished|sick} of {fighting|trying|pretending|holding on|hanging on|"
                          "being here}"),
    R("suicide_indirect", "{done|finished|through} {fighting|trying|with life|with living|with everything|"
                          "with it all} !{to|with|at|so|for|on|in|hard|my best}"),
    R("suicide_indirect", "{nothing|none of it|none of this} {matters|will matter} ~3 {won't|will not|not} "
                          "be {here|around}"),
    R("suicide_indirect", "{disappear|vanish} and never be {found|seen|heard from}"),
    R("suicide_indirect", "{everyone|everybody|they|you|people|my family} ~3 {relieved|happier|better off|"
                          "free} ~3 {if|when|once} i {was|were|'m|am|'d|had} ~1 {gone|dead|not here|not "
                          "around|died}"),
    R("suicide_indirect", "{decided|made up my mind|made my decision|know what i have to do|'s the night|"
                          "is the night|'s the day|is the day} $"),

    # ================================================================ crisis: self-harm
    R("self_harm", "i ~3 @sh_verb @self !{a|an|some|off|short|free|loose|shaving|cooking|chopping|slicing|"
                   "by accident|accidentally|playing|running|lifting|skiing|falling|in {a|the} {fall|"
                   "kitchen|garden|game|match}|working out|exercising|on {the|a|my|some|an|his|her}|at "
                   "{the|work|gym|school|football}|while|with {the|a} {knife|iron|pan|kettle|oven|stove|"
                   "scissors|saw|tool}|when {i|we} {fell|tripped|slipped}|up about|for {a|not|being|"
                   "eating|saying|it}|to {the|a|sleep|work}|in the {foot|leg|hand}|laughing|over|about|"
                   "into|out|through|too hard at}"),
    R("self_harm", "{self harm|self harmed|self harming|self harms|self injury|self injure|self injured|"
                   "self injuring|self mutilation|self mutilate|self inflicted|self destruct|nssi}"),
    R("self_harm", "{did|do|doing|relapsed|relapse|urge to|urges to|want to|started|start|stopped|sh 'd|"
                   "sh 'ing|been} sh !{the}"),
    R("self_harm", "sh {again|last night|today|tonight|yesterday}"),
    R("self_harm", "@wound_verb ~2 {my|her|his|their} @sh_body !{on|open on|by accident|accidentally|on {a|"
                   "the}|while|with {a|the} {knife|cutter|tin}|shaving|cooking}"),
    R("self_harm", "{carved|carve|carving|cut|cutting|etched|scratched|burned|burnt} ~4 {into|in|on} {my|"
                   "her|his} {skin|arm|arms|thigh|thighs|leg|legs|wrist|wrists|stomach|hip|hips|body|"
                   "chest}"),
    R("self_harm", "{i|she|he|they|my daughter|my son|my friend} ~3 {cut|cutting|cuts|burn|burning|burned|"
                   "hurt|hurting|harm|harming|starve|starving|hit|hitting} {herself|himself|themselves|"
                   "themself} !{by accident|accidentally|shaving|cooking|on {a|the}|at|while|playing|in "
                   "a fall}"),
    R("self_harm", "{started|start|starting|began|keep|keeps|been|stopped} cutting ~1 {again|my|myself}?"),
    R("self_harm", "{pull|pulled|pulling|pulls|rip|ripped|ripping|rips|tear|tore|tearing} my hair out "
                   "!{over|trying|with worry about the|about the {exam|test|kids|homework|bills}}"),
    R("self_harm", "cutting again"),
    R("self_harm", "{want|wanted|wanting|urge|urges|need|needed|tempted|feel like|felt like} {to}? {cut|"
                   "cutting|burn|burning|hurt myself|harm myself} {myself|deeper|again|more|$|so bad|so "
                   "badly|really bad|tonight}"),
    R("self_harm", "{cut|cutting} deeper"),
    R("self_harm", "{skin|arm|arms|wrist|wrists|hand|hands|body|leg|legs|thigh|thighs} ~8 {to feel "
                   "something|so i feel something|so i can feel something|just to feel something|to feel "
                   "anything|to feel pain|to punish myself|until it {burns|hurts|bleeds|stings|blisters}}"),
    R("self_harm", "{keep|kept|hide|hid|hiding|carry|carried|stash} {a|my|the}? {blade|razor|razor blade|"
                   "razor blades|blades|lighter|craft knife|box cutter|shard of glass} {in|under|inside|"
                   "behind} ~1 {my|the} ~1 {bag|makeup bag|room|drawer|pencil case|wallet|phone case|bra|"
                   "sock|shoe|pillow|mattress|bed|bathroom}"),
    R("self_harm", "i {sh|sh 'd|sh 'ed|shed} {when|if|after|every|again|because|to|last|tonight|today|$}"),
    R("self_harm", "i ~1 {cut|burned|burnt|scratched|hurt myself|harmed myself|relapsed} {again|last night|"
                   "tonight} !{my|the|a|some|his|her}"),
    R("self_harm", "{used|use|using|took|take|taking|put|ran|run|dragged|drag} {a|the|my}? {blade|razor|"
                   "knife|lighter|scissors|pin|safety pin|needle|compass|sharpener|glass|broken glass} "
                   "{on|to|against|across|into|over} {my|her|his} @sh_body"),
    R("self_harm", "{relapsed|relapse|relapsing} ~3 {cut|cutting|harm|sh|burning|self harm}"),
    R("self_harm", "{months|weeks|days|years|month|week|year} clean ~3 {from|of|cutting|self harm|sh}"),
    R("self_harm", "{razor|razors|blades|razor blades|blade} ~3 {hidden|hide|hid|stash|stashed|in my room|"
                   "under my bed}"),
    R("self_harm", "i {cut|burn|sh|self harm|scratch|bang my head|hit myself} {$|when|whenever|every time|"
                   "to cope|to feel}"),
    R("self_harm", "{hide|hid|hiding|keep|kept|keeping|stash} ~2 {razor|razors|blades|razor blades}"),
    R("self_harm", "{took|take|taking|put} a {razor|blade|knife|lighter} to my {wrist|wrists|arm|arms|skin|"
                   "thigh|thighs|leg}"),
    R("self_harm", "i ~8 {until|till|til|so} ~4 @bleed !{from {running|walking|the shoes}}"),
    R("self_harm", "{burned|burnt|burn|burning|burns} ~2 {myself|my skin|my arm|my arms|my hand|my leg} ~2 "
                   "with {a|the|cigarettes|cigarette|matches|a lighter|lighters|an iron|the iron|hot}"),
    R("self_harm", "i ~6 {on purpose|deliberately|intentionally|to punish myself|to feel something|so i feel "
                   "something|to feel pain|to cope} !{ignored|didn't|did not|left|forgot|stayed|went}"),
    R("self_harm", "{bang|banging|banged|bangs|hit|hitting|hits|smash|smashed|smashing} my head {against|"
                   "on|into} {the|a|my} {wall|walls|floor|door|desk|mirror}"),
    R("self_harm", "{pulled|pull|pulling|pulls|ripped|ripping|tore|tearing} out ~3 my hair"),
    R("self_harm", "{make|making|made|makes} myself {throw up|sick|vomit|purge|bleed}"),
    R("self_harm", "{starve|starving|starved} {myself|my self}"),
    R("self_harm", "{picking|picked|pick|scratching|scratched} {at}? my {skin|scabs|arms|face} ~4 @bleed"),
    R("self_harm", "{hurting|hurt|harm|harming|damaging|damage|punishing|punish} my {own}? body"),
    R("self_harm", "{hold|held|holding|put|putting} my {hand|arm|fingers} {over|on|in|under} {the|a} "
                   "{stove|flame|fire|candle|hob|iron|lighter|boiling water}"),

    # ================================================================ crisis: harming someone
    R("harm_others", "@i_will ~3 {really|just|fucking|seriously|actually|literally}? {kill|murder|hurt|"
                     "harm|stab|shoot|strangle|choke|beat up|beat|punch|slap|smother|poison|attack|run "
                     "over|knife|maim|torture|batter|bash|drown|suffocate|burn|break {his|her|their} "
                     "{neck|legs|arms|face|jaw|nose}} @target !{at|in @contest|to it|with kindness|"
                     "feelings|by|if {he|she|they} {eats|eat|ate|finishes|takes|touches my} {my|the}? "
                     "{leftovers|food|fries|chocolate|snacks|last}|when {i|we} {play|see}|emotionally|'s "
                     "feelings|at chess|at cards|in the game|in {fortnite|minecraft|the game}}"),
    R("harm_others", "{thoughts|thought|thinking|think|urges|urge|fantasies|fantasize|fantasise|"
                     "fantasizing|fantasising|images|picturing|picture|imagining|imagine|dreaming|dream|"
                     "dreams|plans|planning|ways|want} ~3 {of|about|to|how to}? ~1 {hurting|killing|"
                     "stabbing|hitting|strangling|choking|poisoning|harming|shooting|smothering|"
                     "murdering|drowning|attacking|beating|hurt|kill|stab|harm|shoot|strangle|poison|"
                     "murder|running over|run over} @target !{feelings|'s feelings|at|in @contest}"),
    R("harm_others", "{running|run|ran|drive|driving|drove} {him|her|them|@det @relation} {over|off the "
                     "road|into}"),
    R("harm_others", "{homicidal|homicide}"),
    R("harm_others", "i ~3 {have|had|get|keep having|been having} {violent|murderous} {thoughts|urges|"
                     "fantasies|impulses}"),
    R("harm_others", "{violent|intrusive|dark|evil|murderous|bad} {thoughts|urges|fantasies|images|"
                     "impulses} ~3 {about|of|towards|toward|to} ~1 {him|her|them|my @relation|@det "
                     "@relation|someone|somebody|people|my baby|my kids|my child|hurting|killing|harming|"
                     "attacking}"),
    R("harm_others", "{wish|hope|pray|praying|hoping|wishing} {he|she|they|my @relation|@det @relation} ~1 "
                     "{dies|die|died|was dead|were dead|would die|gets killed|get killed|'d die|drops dead|"
                     "dropped dead|would drop dead|got hit by a car|gets hit by a car}"),
    R("harm_others", "@i_will ~2 make {him|her|them} {pay|suffer|regret|bleed} !{for {dinner|lunch|drinks|"
                     "the bill|the meal|the food|his share|her share|the tickets|rent|half|it himself|it "
                     "herself|the taxi|parking}|the bill|half|rent|back}"),
    R("harm_others", "{key|keying|keyed|slash|slashing|slashed|wreck|wrecking|trash|trashing|torch|"
                     "torching} {his|her|their} {car|tyres|tires|windows|windscreen|stuff|things|house|"
                     "flat|place|bike}"),
    R("harm_others", "i ~3 {feel like|felt like|fantasize about|fantasise about|think about|thinking about|"
                     "dream of|dreaming of|could go|want to go|wanna go|imagine|imagining} {punching|"
                     "hitting|killing|stabbing|strangling|choking|slapping|kicking|hurting|beating|"
                     "smacking|shooting|smothering|attacking} @target !{feelings|'s feelings|at|in "
                     "@contest}"),
    R("harm_others", "{scared|afraid|terrified|worried|frightened|fear} ~1 {of|about} what i ~1 {might|"
                     "could|'ll|will|would|'d|am going to|'m going to|may} ~1 do {$|if|when|~2 {to|with}? "
                     "{him|her|them|someone|somebody|@det @relation|@det @dependant}}"),
    R("harm_others", "i ...4 {want|wanna|going|gonna|need|'d love|would love|could|will|'ll|might|feel "
                     "like} {to}? ~1 {smash|bash|break|punch|kick|cave|knock|rip|tear|beat} {his|her|"
                     "their} {face|head|teeth|skull|nose|jaw|neck|legs|arms|throat|brains} ~1 {in|out|"
                     "off}?"),
    R("harm_others", "i ...8 beat the {crap|shit|hell|snot|life|living daylights|fuck} out of @target"),
    R("harm_others", "i ...4 {just|also|then|actually|finally|nearly|almost|accidentally}? {hit|hitting|"
                     "slapping|punching|kicking|choking|shoving|pushing|beating|biting|scratching|smacking|"
                     "attacking|hurting|grabbing|slapped|punched|kicked|choked|strangled|shoved|pushed|"
                     "beat|beat up|stabbed|bit|scratched|smacked|attacked|hurt|shook|grabbed} @target !{up|"
                     "away|back {with|in}|at|to {apply|do|try|go|get|take|see|talk}|in @contest|with {the|"
                     "a} {news|pillow|joke|ball}|'s feelings|feelings|on the {arm|shoulder} playfully|a|an|"
                     "some|for a hug|by the hand|'s hand|into a hug|gently|playfully}"),
    R("harm_others", "i ~2 {grabbed|grab|held|choked|squeezed|pinned|pushed|shoved|threw} @target ~2 {by "
                     "the|against|into|down|onto|to the} {throat|neck|hair|wall|stairs|floor|ground|door|"
                     "bed|table|car}"),
    R("harm_others", "i ~2 {threw|throw|hurled|chucked|flung} ~3 at @target !{and {he|she|they} {caught|"
                     "laughed}}"),
    R("harm_others", "i ~2 {brought|took|carry|carried|grabbed|have|got|bought|keep|kept|hid} ~3 @weapon ~8 "
                     "{confront|him|her|them|fight|kill|hurt|protect myself from|show him|show her|scare}"),
    R("harm_others", "{make|see|watch} {him|her|them} {suffer|bleed|beg for|pay for what}"),
    R("harm_others", "i ~2 {threatened|threaten|threatening} @target ~2 with ~2 @weapon"),
    R("harm_others", "i ~2 {pulled|pointed|waved|held|aimed} ~2 {a|the|my} @weapon ~3 {at|on|to} @target"),
    R("harm_others", "@i_will ~3 {smash|bash|kick|punch} {his|her|their} {face|head|teeth} ~1 in?"),
    R("harm_others", "@i_will ~3 {burn|set fire to|torch} {his|her|their} {house|car|flat|place|apartment|"
                     "stuff}"),
    R("harm_others", "{poison|poisoning|spike|spiking} {his|her|their} {drink|food|coffee|tea|dinner|meal}"),
    R("harm_others", "{scared|afraid|worried|worry|terrified|frightened} i ~1 {'ll|will|might|could|may|"
                     "would|'d|am going to|'m going to} ~3 {hurt|harm|kill|hit|shake|smother|drop} {my|"
                     "the|him|her|them|someone|somebody|people}"),
    R("harm_others", "{snap|lose it|lose control} and ~2 {hurt|kill|hit|harm} @target"),
    R("harm_others", "{get back at|get revenge on|revenge on|pay back} {him|her|them} ~2 {physically|with "
                     "{a|my} @weapon|by hurting|violently}"),
    R("harm_others", "i ~3 {want|wanna|going|gonna|need} to ~1 {hurt|kill|harm|stab|beat|punch|strangle|"
                     "shoot} {people|someone|somebody|anyone|everyone|everybody}"),

    # ================================================================ safety: violence
    R("violence", "@agent ...3 @strike @victim !{under the table|playfully|gently|by accident|accidentally|"
                  "in {his|her|their|my} sleep|out of {the|a|our} {game|group|chat|team|class|bar|club|"
                  "band|room}|off {the|a} {team|group}|online|in the comments|with questions|verbally|a "
                  "smile|a look|a kiss|a glance|a bone|a party|a surprise|a compliment|a line}"),
    R("violence", "^ !@impersonal !@agent _ @adv* @strike @victim !{out of {the|a} {game|group|chat|team|"
                  "class|bar|club}|online|with questions|a smile|a look|a kiss|a glance|a party|a "
                  "surprise}"),
    R("violence", "@agent ...3 @hit @victim !{up|with {the|a|an|news|questions|facts|that|this|some|his|"
                  "her|a question|an idea}|that|like|back with|for {six|a}|in the {feels|heart}}"),
    R("violence", "^ !@impersonal !@agent _ @adv* @hit @victim !{up|with {the|a|an|news|questions|facts|"
                  "that|this|some}|that|like|back with|hard|for six}"),
    R("violence", "@agent ...3 @beat @victim !{at|to it|to the|by|in @contest|every time at|again at|"
                  "easily|fair}"),
    R("violence", "@agent ...3 @push @victim !{away|to !{the|my}|too|into @ing_work|forward|ahead|out of "
                  "my comfort|harder|further|along|through|over the edge|aside|on the swing|in the pool|"
                  "into the pool|to be|for|toward {my|the} {goals|dream}|in a wheelchair|in the "
                  "wheelchair|around the {dance|room}}"),
    R("violence", "@agent ...3 @grab @victim !{a|an|some|the|lunch|dinner|coffee|food|drinks|drink|tickets|"
                  "flowers|by the hand|by my hand|'s hand|and {kissed|hugged|held|cuddled|pulled me "
                  "close|danced}|for a {hug|kiss|dance}|a seat|@playthings|in a hug|into a hug|close|"
                  "gently}"),
    R("violence", "@agent ...3 @hurt @victim !{by|with {his|her|their} words|emotionally|feelings|'s "
                  "feelings|so much by|when {he|she|they} {said|left|forgot|cheated|lied|ignored|didn't|"
                  "did not|broke up|dumped}|more than|deeply|badly by|with what}"),
    R("violence", "@agent ...3 @shake @victim !{up|awake|off|'s hand|hand|by the hand|out of|gently|to "
                  "wake}"),
    R("violence", "@agent ...3 @knock @victim {down|over|out|to the {ground|floor}|unconscious|off {my|"
                  "the} {feet|chair|bike}|into|against|onto}"),
    R("violence", "@agent ...3 @drag @victim !{into {a|his|her|their} {hug|arms|embrace|kiss|cuddle}|close|"
                  "closer|onto the dance floor|in for a|up to dance|out of the {water|pool|sea|way of}|"
                  "to safety|back from the edge|aside to} {by|across|along|down|out of|into|through|up|"
                  "around|back|from} !{to {a|the} {party|shops|store|gym|church|meeting|concert|mall}|"
                  "shopping|along to}"),
    R("violence", "@agent ...3 @pin @victim {down|against|up against|to the {bed|floor|wall|ground|couch|"
                  "sofa|door}|on the {bed|floor|ground|couch|sofa}|so i couldn't}"),
    R("violence", "@agent ...3 {@throw|@push|shoved|shoves|slammed|slams|threw|pinned|knocked} @victim "
                  "{against|into|onto|across|down|off|out of|to the {ground|floor}|on the {ground|floor|"
                  "bed}|through|over} !{@ing_work|the pool|a pool|the water|the deep end|the snow|the "
                  "leaves|the sofa playfully}"),
    R("violence", "@agent ...3 @throw !{{the|a|an|some|his|her|me a|me an} @playthings} ~3 at {me|us|her|"
                  "him|them|the kids|my @body|my head|my face|@det @dependant} !{and {i|we} {caught|"
                  "laughed}|for fun|playfully|as a joke}"),
    R("violence", "@agent ...3 @strike_body @poss @body !{in a hug|gently|playfully|by accident|"
                  "accidentally}"),
    R("violence", "@agent ...3 @grip @poss @body_grip !{gently|playfully|to help|to stop me falling|when "
                  "we crossed|to steady|and kissed|for a kiss|in a hug}"),
    R("violence", "{gave|give|gives|left|leaves|leaving} {me|her|him} @marks"),
    R("violence", "@agent ...3 beat the {crap|shit|hell|snot|life|living daylights|fuck} out of @victim"),
    R("violence", "@agent ...3 {threw|throws|poured|pours|tipped|tips|splashed|splashes|dumped|dumps|"
                  "spilled|flung} ~3 {coffee|tea|water|boiling water|hot water|a drink|his drink|her "
                  "drink|bleach|acid|soup|wine|beer|food|hot|oil|boiling} ~2 {on|over|at|in} {me|my "
                  "@body|my face|my head|us|her|him}"),
    R("violence", "{bruises|bruised|bruise|marks|welts|black eye|scars|cuts|split lip} ~6 {where|from|"
                  "after|when|because} ~1 {he|she|they|him|her|them|my @relation}"),
    R("violence", "@agent ...3 {punched|punches|punch|punching|kicked|kicks|kick|kicking|smashed|smashes|"
                  "smash|smashing|hit|hits|broke|breaks|threw|throws|throwing|hurled|ripped} !{me|us|her|"
                  "him|them} ~1 {a|the|his|her|our|some|my}? @things_broken !{by accident|accidentally|"
                  "playing|with the ball|at the gym|to fix|to get in|when he locked}"),
    R("violence", "@agent ...3 @be_get ...2 @violent"),
    R("violence", "{domestic {violence|abuse}|abusive {relationship|partner|husband|boyfriend|marriage|ex|"
                  "girlfriend|wife|home|man|father|dad}|being abused|been abused|was abused|am abused|"
                  "intimate partner violence|battered {wife|woman|women}|family violence|physical abuse|"
                  "physically abused|physically abusive|domestic violence|dv}"),
    R("violence", "i ~2 {getting|got|been|get|gets|being|was|were|am|'m|keep getting|kept getting} ~1 {hit|"
                  "punched|slapped|kicked|beaten|beat up|beaten up|shoved|pushed around|thrown|attacked|"
                  "assaulted|abused|bitten|burned|dragged|smacked|knocked down|knocked out|battered} "
                  "!{by {a|the} {car|ball|bus|bike|truck|wave|train|door|van|branch|cyclist}|in {the|a} "
                  "{game|match|face by a ball}|out of {the|a} {game|group|team|chat|class}|off {the|a} "
                  "{team|group|bus}|up on|with {a|the} {ball|pillow}|on the head by a|at work by|by "
                  "accident|accidentally|playing}"),
    R("violence", "{made|make|makes|making} {him|her|them} {hit|hurt|push|slap|punch|kick|grab|choke|"
                  "attack|beat} {me|us}"),
    R("violence", "<!@negator {raised|raises|raise|raising} {his|her|their|a} {hand|fist|fists} {to|at|"
                  "against} {me|us|her|him}"),
    R("violence", "{flinch|flinches|flinched|flinching|cower|cowered} ~6 {he|she|they|my @relation} ~3 "
                  "{raises|raised|moves|moved|lifts|lifted|comes|came|reaches|gets}"),
    R("violence", "@agent ...3 {beats|beat|beating|hits|hitting} {me|her|him|us|them|the kids} {up|black "
                  "and blue|badly|every|again|when|whenever}"),
    R("violence", "@agent ...6 {to scare|to frighten|to terrify|to intimidate|to threaten} {me|us|her|him}"),
    R("violence", "{kicked|kicks|threw|throws|pushed|put|left|dumped|dumps} {me|us} {out|off} ~1 {of the "
                  "car|on the {highway|motorway|road|side of the road}|at night|in the {rain|cold|middle "
                  "of nowhere}}"),

    # ================================================================ safety: strangulation
    R("strangulation", "@agent ...3 @choke {me|us|her|him|them|@det @dependant|my @neck} !{up|on|back|with "
                       "{smoke|his {cooking|cologne|perfume}}}"),
    R("strangulation", "^ !@impersonal !@agent _ @adv* @choke {me|her|him} !{up|on|back}"),
    R("strangulation", "{hand|hands|fingers|thumb|thumbs|belt|rope|cord|scarf|tie|leash|cable|wire} ...3 "
                       "{around|round|on|over|against|across|into|to|at} {my|her|his|their} @neck !{and "
                       "{kissed|hugged|pulled}|to {hug|kiss}|for a {hug|kiss}|lovingly|gently|softly|and "
                       "held me}"),
    R("strangulation", "{arm|arms|forearm|elbow|knee|foot|shin} ...3 {around|round|on|over|against|across|"
                       "into} {my|her|his|their} neck ~6 {squeezed|squeeze|squeezing|pressed|pressing|"
                       "tight|tighter|choke|choked|choking|couldn't breathe|could not breathe|from behind|"
                       "until|till|hard}"),
    R("strangulation", "{arm|arms|forearm|elbow|knee|foot|shin} ...3 {around|round|on|over|against|across|"
                       "into} {my|her|his|their} {throat|windpipe|airway}"),
    R("strangulation", "{grabbed|grabs|grab|grabbing|held|holds|hold|holding|had|has|pinned|pins|lifted|"
                       "lifts|picked up|pushed|pulled|dragged|took|seized|caught} @victim ~2 by {the|my|"
                       "her|his} @neck"),
    R("strangulation", "{squeezed|squeezes|squeezing|gripped|grips|gripping|grabbed|grabs|grab|grabbing|"
                       "held|holds|pressed|presses|pressing|crushed|crushes|wrapped|wraps|closed} ~3 {my|"
                       "her|his} @neck"),
    R("strangulation", "{headlock|head lock|choke hold|chokehold|choke holds|sleeper hold|rear naked choke|"
                       "strangle hold|stranglehold}"),
    R("strangulation", "{pillow|hand|hands|bag|blanket|plastic bag|cushion|duct tape|tape} {over|on|"
                       "against} {my|her|his} {face|mouth|nose|head} !{to {shush|quiet} me {jokingly|"
                       "playfully}}"),
    R("strangulation", "{couldn't|could not|can't|cannot|could n't} {breathe|breath} ~3 {when|while|"
                       "because|as|until|after} ~1 {he|she|they|my @relation} ~4 {grabbed|held|squeezed|"
                       "sat|pressed|pinned|had|put|choked|strangled|pushed|kneeled|knelt|lay|was on|were "
                       "on|covered}"),
    R("strangulation", "@agent ~6 {sat|sits|knelt|kneeled|kneels|lay|lies|leaned|leans|pressed|presses|"
                       "pushed} {on|onto} {me|my {chest|back|neck|throat}} ~5 {couldn't|could not|can't|"
                       "cannot} {breathe|breath}"),
    R("strangulation", "{i|she|he} {was|got|been|'ve been|have been|'s been|has been} ~1 {choked|strangled|"
                       "throttled|suffocated|smothered} !{by {the|a} {smoke|fumes|food|smell}|on}"),
    R("strangulation", "{strangulation|strangling|strangled|choking|choked} ~4 {during|in|while} ~1 sex"),

    # ================================================================ safety: weapons
    R("weapons", "{pulled|pulls|pull|pulling|pointed|points|point|pointing|held|holds|hold|holding|waved|"
                 "waves|waving|brandished|brandishes|brandishing|aimed|aims|aiming|put|puts|pressed|"
                 "presses|swung|swings|swinging|came|comes|lunged|lunges} ~3 @weapon ~3 {at|to|against|"
                 "on|in|towards|toward|near} {me|us|her|him|them|my @body|the kids|my @relation|@det "
                 "@dependant|my head|my face}"),
    R("weapons", "@agent ...4 {threatened|threatens|threaten|threatening|came|comes|come|coming|went|goes|"
                 "attacked|attacks|chased|chases|chasing|hit|hits|beat|beats|stabbed|stabs|cut|cuts|hurt|"
                 "hurts|whacked|smacked|struck|slashed|slashes|ran|runs|lunged|lunges|waved|waves} ~3 "
                 "with ~2 @struck_with !{news|questions|a smile|a joke|love|kindness|flowers|a gift|a "
                 "present}"),
    R("weapons", "@agent ~5 <!@toy_gun @gun !{game|games|range|club|license|licence|show|shop|store|safety|"
                 "course|in {the|a|his|her} {game|video game|film|movie}|for hunting at the range|emoji}"),
    R("weapons", "@agent ~6 {knife|knives|blade|blades|machete|axe|hatchet|razor|scissors|screwdriver|box "
                 "cutter} ~8 {at me|for me|use it|'d use|will use|would use|'ll use|use it on|kill|hurt|if "
                 "i|threaten|threatened|threatening|threatens|shouting|yelling|screaming|cheat|cheated|"
                 "leave|leaving|my throat|my neck|stab|stabbed|cut me|on me|scare|scared|in my face|under "
                 "his pillow|under her pillow|under the pillow|by the bed}"),
    R("weapons", "{gun|knife|weapon|firearm|blade|pistol|rifle|shotgun|revolver|handgun} ~3 {to|at|"
                 "against} {my|her|his} {head|throat|neck|chest|face|temple|back|stomach|side}"),
    R("weapons", "{gunpoint|knifepoint|knife point|gun point}"),
    R("weapons", "@agent ...3 {shot|shoots|shoot|shooting|fired|fires|stabbed|stabs|stab|stabbing} {at}? "
                 "{me|us|her|him|them|my @relation|my @dependant|the @dependant} !{in paintball|with {a|"
                 "the} {water|nerf|camera|paintball}|a look|a glance|a text|a message|an email|a smile|a "
                 "photo|in {the|a} game|in {fortnite|the video}|down}"),
    R("weapons", "{has|have|keeps|kept|owns|got|bought|carries|carry|hides|hid} ~3 {a|an|his|her|the|two|"
                 "some}? {gun|guns|pistol|rifle|shotgun|firearm|handgun|weapon|weapons} ~8 {use it|use "
                 "them|on me|for me|kill|shoot|reminds|remind|if i|threaten|scare|shows|showed|points|"
                 "pointed|loaded|by the bed|under the {bed|pillow}}"),

    # ================================================================ safety: sexual coercion
    R("sexual_coercion", "@force me ~2 {into|to}? ~3 @sex !{with {a|an} {condom|safe word}}"),
    R("sexual_coercion", "{won't|wont|doesn't|does not|didn't|did not|wouldn't|would not|never|can't|"
                         "cannot} {take no|take no for an answer|accept no|accept my no|respect my no|"
                         "listen when i say no|listen when i said no|stop when i {say|said|tell|told} ~2 "
                         "{no|stop|to stop}|hear no}"),
    R("sexual_coercion", "i ~2 {said|say|told him|told her|tell him|tell her|begged him|begged her|asked "
                         "him|asked her} ~1 {no|stop|to stop|i didn't want|i did not want|i don't want} "
                         "~5 {kept going|didn't stop|did not stop|wouldn't stop|would not stop|won't "
                         "stop|did it anyway|does it anyway|carried on|continued|went ahead|forced|kept "
                         "on|anyway|ignored me|held me down}"),
    R("sexual_coercion", "even {when|though|after|if} i ~2 {say|said|tell him|tell her|told him|told her|"
                         "beg|begged} ~1 {no|stop|to stop|i don't want}"),
    R("sexual_coercion", "{owe|owes|owed|owing} {him|her|them|you} {sex|it|a blowjob|my body}"),
    R("sexual_coercion", "{gets|got|get|is|'s|becomes|goes} ~2 {angry|mad|furious|violent|upset|sulky|cold|"
                         "nasty|aggressive} ~3 {if|when|whenever|because|every time} i ~4 {don't|do not|"
                         "won't|refuse|say no|turn down|reject|decline|not} ~3 {want|feel like|have|in "
                         "the mood}? ~2 {sex|it|him|her|to sleep with|intimate|in the mood}"),
    R("sexual_coercion", "{had|has|have|having|started having|tried to have} sex with me ~3 {while|when} i "
                         "~2 {was|am|'m|were} ~2 {asleep|sleeping|drunk|passed out|unconscious|out of it|"
                         "high|sick|crying}"),
    R("sexual_coercion", "{while|when} i {was|am|'m|were} ~1 {asleep|sleeping|passed out|unconscious|"
                         "blackout drunk} ~4 {touched|touches|had sex|took|undressed|groped|raped|did "
                         "things|did stuff}"),
    R("sexual_coercion", "{rape|raped|rapes|raping|rapist|molest|molested|molests|molesting|sexually "
                         "assaulted|sexually assaults|sexual assault|sexually abused|sexually abuses|"
                         "sexual abuse|sexually abusive|forced himself on|forced herself on|forces "
                         "himself on|forces herself on|force himself on|forced themselves on|sexually "
                         "coerced|marital rape|date rape|date raped}"),
    R("sexual_coercion", "{took|takes|take|taking|removed|removes|remove|pulled|pulls|slipped|slips} {the|"
                         "his|her}? ~1 {condom|condoms} {off|out} ~4 {without|when i|behind|didn't|"
                         "before|even though}?"),
    R("sexual_coercion", "{stealth|stealthed|stealthing}"),
    R("sexual_coercion", "{poked|poke|pokes|poking|put|puts} holes in ~2 {condom|condoms}"),
    R("sexual_coercion", "{won't|will not|wont|refuses to|refused to|doesn't|does not|never|won't ever} "
                         "{wear|use|put on} ~1 {a}? {condom|condoms|protection} !{~6 {trying for a baby|"
                         "trying to get pregnant|trying for a child|we agreed|we decided|my choice|"
                         "allergic|on the pill}}"),
    R("sexual_coercion", "{@neg_let me|hides|hid|threw away|throws away|flushed|flushes|destroyed|took|"
                         "takes|won't allow} ~3 {birth control|the pill|my pill|my pills|contraception|"
                         "contraceptive|contraceptives|condom|condoms|implant|coil|iud|morning after "
                         "pill|plan b|the shot}"),
    R("sexual_coercion", "{took|takes|take|taking|filmed|films|film|filming|recorded|records|record|"
                         "recording|shared|shares|share|sharing|sent|sends|send|posted|posts|post|"
                         "secretly took} ~3 @images ~4 {of me}? ~3 {naked|nude|without {asking|my "
                         "consent|permission|me knowing|telling me}|having sex|in the shower|while i was "
                         "{asleep|sleeping|changing|undressed}|undressed|in bed}"),
    R("sexual_coercion", "{shared|shares|sent|sends|posted|posts|showed|shows|leaked|leaks|spread|spreads|"
                         "forwarded|forwards|uploaded|uploads} ~2 my {nudes|naked pictures|naked photos|"
                         "intimate photos|intimate pictures|private photos|private pictures|sex tape|sex "
                         "video|naked videos}"),
    R("sexual_coercion", "{naked|nude|intimate|sexual|explicit} {photos|pictures|pics|videos|video|images|"
                         "film} of me ~4 {without|behind|while i|secretly}"),
    R("sexual_coercion", "{only|just} ~1 {sleep|have sex|do it|sleeping|having sex} with {him|her|them} "
                         "{so|because|or|to stop|to keep} ~4 {won't|doesn't|don't|angry|mad|leave|hurt|"
                         "hit|yell|shout|scream|peace|happy|calm|quiet}"),
    R("sexual_coercion", "{touches|touched|touching|touch|grabs|grabbed|gropes|groped|groping|kisses|"
                         "kissed} {me|my {breasts|body|butt|privates|chest|thighs|crotch}} ~6 {said no|"
                         "say no|don't want|didn't want|do not want|told him not to|told her not to|"
                         "asked him not to|asked her not to|said stop|i 'm asleep|i was asleep|i 'm "
                         "sleeping|pushed him away|pushed her away|without asking|without my consent|"
                         "against my will}"),
    R("sexual_coercion", "@agent ...3 {touches|touched|touching|gropes|groped|comes onto|came onto|climbs "
                         "on|climbed on|gets on top of|got on top of|undresses|undressed|has sex with|"
                         "had sex with|feels me up|felt me up} me? ~8 {asleep|sleeping|drunk|passed out|"
                         "pretending to sleep|unconscious|crying|frozen|froze|i said no|i say no|i don't "
                         "want|i didn't want}"),
    R("sexual_coercion", "i ~1 {didn't|did not|don't|do not} want to ~1 but {he|she|they} ~1 {didn't stop|"
                         "did not stop|wouldn't stop|won't stop|kept going|did it anyway|does it anyway|"
                         "carried on|made me|forced me|went ahead|kept on|didn't care|wouldn't listen}"),
    R("sexual_coercion", "{won't|wouldn't|doesn't|didn't|does not|did not|never} stop {when|even when|"
                         "after|if|though} i {ask|asked|tell|told|beg|begged|say|said|cry|cried|scream|"
                         "screamed|push|pushed|plead|pleaded}"),
    R("sexual_coercion", "{against my will|without my consent|didn't consent|did not consent|couldn't "
                         "consent|never consented|no consent}"),
    R("sexual_coercion", "@agent ...3 {makes|made|forces|forced|pressures|pressured|guilts|guilted|pushes|"
                         "pushed|talked|talks} me ~4 {sleep with|have sex with|do it with|sexual|in bed|"
                         "send nudes|send him nudes|send her nudes|watch porn|get naked}"),

    # ================================================================ safety: threats
    R("threats", "@agent ...3 {threaten|threatens|threatened|threatening|threatend|threats|threatned|makes "
                 "threats|made threats|made a threat} !{to {break up|end things|end it|break it off|call "
                 "it off|rain|quit his job|quit her job|leave the group}}"),
    R("threats", "@agent ...2 @will ...2 @harm_verb @threat_victim !{feelings|'s feelings|at|in @contest|"
                 "with kindness|if {he|she|they|i} {eats|eat|ate|finishes|finish|takes|touch|touches} "
                 "{my|the}? {leftovers|food|fries|chocolate|snacks|last|stuff}|'s {feelings|pride}|pride|"
                 "career chances}"),
    R("threats", "@agent ~3 {said|says|told me|tells me|warned|warns|swore|swears|texted|texts|keeps "
                 "saying|screamed|shouted|yelled|wrote|messaged|promised} ~4 @harm_verb {me|us|you|the "
                 "kids|the children|my @dependant|my @body|my family|everyone}"),
    R("threats", "@agent ...3 {threatened to|threatens to|threaten to|threatening to|keeps threatening to} "
                 "~2 {take|keep|steal|kidnap|hide|snatch|run off with|leave with|move away with|take away} "
                 "~2 {the|my|our|your} @children"),
    R("threats", "@agent ...3 {@will|said|says|told me|keeps saying} ~2 {take|took|takes|keep|steal|kidnap|"
                 "hide|snatch|run off with|leave with|move away with|take away} ~2 {the|my|our|your} "
                 "@children {$|~5 {away|from me|for good|forever|abroad|out of the country|back to|and "
                 "disappear|and leave|and run|and i 'll never|and i will never|if i|unless i|and never|"
                 "where i 'll never|where i can't|to his country|to her country|to his mother 's|to her "
                 "mother 's|and i 'd never|and i would never|and i won't}}"),
    R("threats", "@agent ...2 {@will|said|says|told me} ~2 {put|send|land} {me|you|her|him|us} in ~1 "
                 "{hospital|hospital bed|ground|wheelchair|grave|morgue|early grave|coffin|box|body bag|"
                 "icu|intensive care}"),
    R("threats", "@agent ~3 {said|says|telling|tells|told|keeps telling|keeps saying|warned|warns} ~4 {i|"
                 "you} ~1 {'ll|will|would|'d|'re going to|are going to} {be dead|end up dead|die|not "
                 "survive|not live|never walk|never leave}"),
    R("threats", "{never|not} {see|get to see|seeing|be able to see|going to see|gonna see} ~2 {the kids|"
                 "the children|my kids|my children|my son|my daughter|my baby|them|her|him|my dog|my cat|"
                 "my pets|our kids} ~1 again"),
    R("threats", "{get|take|fight for|going for|win|apply for} {full}? custody ~6 {never|lose|won't see|"
                 "not see|make sure|threat}"),
    R("threats", "@agent ~4 {kill|hurt|harm|shoot|cut|starve|drown|hang} @self_third ~8 {if i|unless i|"
                 "when i|whenever i|my fault|because of me|blame me|if you|unless you|every time i|"
                 "should i}"),
    R("threats", "{threaten|threatens|threatened|threatening} {suicide|to kill himself|to kill herself|to "
                 "kill themselves|to hurt himself|to hurt herself|self harm}"),
    R("threats", "@agent ...2 @will ...2 {post|share|send|leak|show|upload|spread|publish|release} ~3 "
                 "@images"),
    R("threats", "if {he|she|they|i|you} {can't|cannot|couldn't} have {me|you|her|him} ~2 {no one|nobody|"
                 "noone} ~1 {can|will|could|else}"),
    R("threats", "@agent ~3 {said|says|told me|warned|warns|promised|swore} ~5 {regret|be sorry|pay for|"
                 "make me pay|teach me a lesson|regret it|see what happens|find out what happens} !{not|"
                 "missing|skipping|buying|it if you don't|it if i don't|not coming|not going|the {food|"
                 "cake|trip|concert|party|film|movie}}"),
    R("threats", "{you 'll|you will|you 're going to|you 'd|i 'll|i will|i 'd} {regret|be sorry} ~3 {if|"
                 "leaving|it|when|for this}"),
    R("threats", "end up {in a ditch|dead|in hospital|in the hospital|in a box|in a body bag|six feet "
                 "under|in the river|missing|like {his|her} ex}"),
    R("threats", "next time ~3 {won't stop|will kill|kill you|kill me|won't hold back|will be worse|won't "
                 "miss|i 'll kill|he 'll kill|she 'll kill|you 'll be dead|will be the last}"),
    R("threats", "@agent ~3 {knows|know|found out|finds out} where ~3 {live|lives|work|works|sleep|stay|"
                 "stays|go to school|moved|hiding|'re staying|am staying}"),
    R("threats", "{hide|bury|dump|dispose of|get rid of} {my|your|her|his} body"),
    R("threats", "{no one|nobody} {would|will|'ll|'d} {ever}? find {me|you|my body|your body|her|him|us}"),
    R("threats", "@agent ...2 @will ...2 make {me|you|us} {disappear|regret|suffer|pay !for|sorry|vanish}"),
    R("threats", "@agent ...2 @will ...2 ruin {my|your} {life|career|reputation|name} ~3 {if|unless|when}?"),
    R("threats", "{have|get|got|had} {me|you} {committed|sectioned|locked up|arrested|deported|put away|"
                 "fired|taken away}"),
    R("threats", "{tell|telling|tells|told} {everyone|people|the police|my family|social services|the "
                 "court|the judge|your family|the kids} ~3 {i|that i|you|that you} ~2 {hit|abused|hurt|"
                 "attacked|beat|am crazy|'m crazy|are crazy|'re crazy|am a bad|'m a bad|are a bad|"
                 "cheated|stole|am unstable|'m unstable|am mental}"),
    R("threats", "{come|coming|came|comes} after {me|us|you|my family|the kids}"),
    R("threats", "{hunt|track} {me|you|us} down"),
    R("threats", "make {my|your} life {hell|a living hell|miserable|a nightmare} ~3 {if|unless|when|once}"),
    R("threats", "{if|when|once} i ~1 {leave|go|run|tell|call|report|move out|break up} ~4 {he|she|they} "
                 "~1 {'ll|will|would|'d|is going to|'s going to} {find|hurt|kill|come after|track|hunt|"
                 "get|punish|make} {me|us}"),
    R("threats", "{if|when|unless} i ~2 {leave|go|break up|end it|end things|don't|do not|say no|see|stop} "
                 "~5 {he|she|they} ~1 {'ll|will|would|'d|is going to|'s going to} ~2 {kill|hurt|harm|shoot|"
                 "cut|starve|drown|hang} @self_third"),
    R("threats", "{find|finds|found} {me|you|us} {wherever|no matter where|anywhere|if i|if you|when i}"),
    R("threats", "@agent ...2 @will ~2 {tell|call|report|out|ring} ~4 {immigration|ice|the home office|"
                 "police|my family|my parents|my boss|my work|my job|everyone|social services|child "
                 "services|cps|my church|my ex}"),
    R("threats", "@agent ...3 {burn|set fire to|torch|trash|wreck|destroy} ~2 {the|my|our} {house|flat|"
                 "apartment|car|place|stuff|things|belongings}"),
    R("threats", "{or you 'll see|you 'll see what happens|watch your back|you 're dead|you 're a dead|i 'll "
                 "end you|dead woman|dead man|count your days|your days are numbered}"),
    R("threats", "@agent ...2 {@will|said|says|told me} ~3 {kill|hurt|harm|shoot|drown|poison|get rid of} "
                 "~1 {the|my|our} {dog|cat|pet|pets|puppy|kitten|horse|rabbit|bird}"),
    R("threats", "@agent ...2 {said|says|told me|swore|swears|joked|jokes|keeps saying} ~4 {won't stop|"
                 "kill|dead|disappear|end me|finish me|hide my body|bury me}"),

    # ================================================================ safety: control
    R("control", "@agent ...3 @inspect ~2 {all|of|through}? ~1 {my|our} @device !{charger|case|number|"
                 "cable|battery|screen protector|story|stories|post|posts for likes|weather|for me when "
                 "i asked|because i asked|for a recipe|to help me|to fix}"),
    R("control", "@agent ...3 @reader_reads ~2 {all|of}? {my|our} {texts|messages|emails|diary|journal|dms|"
                 "chats|private messages|notebook|letters|whatsapps} !{and {takes|took|doesn't|didn't|"
                 "never|ignores|ignored|leaves|left|replies|replied|answers|answered|responds|laughed|"
                 "smiles|smiled}|but {doesn't|didn't|never}}"),
    R("control", "{stop|quit|stopped} {checking|going through|looking through|reading|tracking|monitoring|"
                 "snooping {in|on|through}|spying on|logging into} {all}? ~1 my {phone|texts|messages|"
                 "emails|location|dms|chats|stuff|things|bag|diary|accounts|instagram}"),
    R("control", "@agent ...3 {make|makes|made|making|force|forces|forced|forcing|demand|demands|demanded|"
                 "demanding|insist|insists|insisted|want|wants|wanted} {me}? ~2 {unlock|show|hand over|"
                 "give|share|send|tell|turn on|keep on|leave on|check in|text|video call|facetime|call|"
                 "report} ~4 {phone|passwords|password|location|messages|texts|code|pin|photos|pictures|"
                 "proof|screenshots|receipts|where i am|who i 'm with|who i am with|every hour|every 30 "
                 "minutes|every half hour|when i get|the second i}"),
    R("control", "@agent ...3 {demand|demands|demanded|has|had|have|knows|know|knew|takes|took|changed|"
                 "changes|change|insists on having|insisted on having|wants|wanted|asks for|asked for|"
                 "made me give|makes me give} ~2 {all}? {of}? my @passwords"),
    R("control", "@agent ...3 {changed|changes|change|reset|resets} {my|the} @passwords ~4 {so i|can't|"
                 "couldn't|can not|locked me|without}"),
    R("control", "@agent ...3 {logs|logged|log} {into|in to|onto|on to} my"),
    R("control", "@agent ...3 {deletes|deleted|delete|deleting|blocks|blocked|block|removes|removed|"
                 "unfriended|unfriends} ~2 my {friends|contacts|numbers|messages|accounts|account|male "
                 "friends|female friends|family}"),
    R("control", "@agent ...3 @track ~2 {my|me|where i|every|who i} ~1 @trackable?"),
    R("control", "@agent ...3 {follow|follows|followed|following} me {everywhere|around|to work|home|when|"
                 "wherever|in his car|in her car|to my|after|from work|to the shops|to the gym|to school|"
                 "whenever}"),
    R("control", "{tracking app|tracker|airtag|air tag|gps|spyware|stalkerware|an app|app|location sharing|"
                 "find my} ~4 {on|in|under|to|into} my {car|phone|bag|coat|purse|handbag|laptop|computer|"
                 "jacket|bike}"),
    R("control", "{installed|install|installs|put|puts|hid|hidden|set up} ~3 {an app|app|tracker|airtag|"
                 "gps|spyware|cameras|camera|a camera|recorder|microphone|bug|software} ~4 {track|watch|"
                 "spy|see|record|listen|monitor|follow|check|know where}"),
    R("control", "@agent ...3 always knows ~1 {where i {am|go|was|went|'ve been|have been|'m going|'m at}|"
                 "who i {'m with|am with|see|talk to|text}|what i 'm doing|what i am doing|everything i "
                 "do}"),
    R("control", "{have|has|had|need|needs|must|got} to ask {him|her|them|you|permission|his permission|"
                 "her permission}? {before|if|whether|first before} i ~3 {buy|spend|go|see|leave|eat|wear|"
                 "do|use|call|text|meet|visit|take|get}"),
    R("control", "@agent ...3 {always|constantly|keeps|kept|is always|'s always|is constantly|'s "
                 "constantly} {checking|checks|checked} up on me"),
    R("control", "@agent ...3 {keeps|kept|keep|keeping} {tabs|an eye|a close eye} on {me|my {phone|"
                 "location|every|money|spending}|where i|who i}"),
    R("control", "@agent ...3 {watches|watched|monitors|monitored|tracks|tracked|controls|controlled|"
                 "checks|checked|knows|questions|questioned} {everything|every move|every thing|every step|"
                 "every single thing|every penny|every minute} i"),
    R("control", "{demands|demanded|demand|wants|wanted|asks for|asked for|makes me send|made me send|make "
                 "me send|insists on} ~2 {photo|photos|picture|pictures|video|videos|selfie|selfies|proof} "
                 "{of where i|of who i|to prove|proving|as proof|of me at|showing where|of the room|of my "
                 "location|every hour|whenever i}"),
    R("control", "@agent ...3 {has|had|keeps|kept|wants|watches|watched|checks|checked|demands|needs|sees} "
                 "~1 my {location|live location|gps}"),
    R("control", "@agent ...4 ~2 {my|all my|all of my} @passwords !{for me|to help|because i asked|when i "
                 "forget|when i forgot|so i wouldn't forget}"),
    R("control", "{gets|got|get|is|'s|goes} ~2 {angry|mad|furious|upset|crazy|violent|jealous} ~3 {if|when|"
                 "whenever|because|every time} i ~3 {turn off|turned off|switch off|switched off|stop "
                 "sharing|stopped sharing|don't share|don't answer|didn't answer|don't reply|delete|"
                 "deleted|change|changed} ~3 {location|my location|sharing|my phone|his call|her call|"
                 "calls|texts|anything|messages|password|passwords}"),
    R("control", "{shares|shared|share|sharing|turned on|turns on|turn on} my location ~4 {without|behind|"
                 "with {him|her|them} only|so he|so she}"),
    R("control", "{makes|made|make|forces|forced|force} me ~2 {share|send|turn on|keep on|leave on} ~1 my "
                 "location"),
    R("control", "@agent ...3 {shows|showed|turns|turned|comes|came} up {at|to} ~2 my {work|job|school|"
                 "office|friend 's|friends|mum 's|mom 's|gym|class|college|university|house} ~5 {check|"
                 "see who|spy|watch|make sure|without|uninvited|unannounced|every day}"),
    R("control", "@agent ...3 {calls|called|texts|texted|rings|rang|messages|messaged} me ~2 {ten|twenty|"
                 "thirty|forty|fifty|a hundred|hundred|hundreds of|dozens of|dozens|non stop|nonstop|"
                 "constantly|every {hour|five minutes|ten minutes|few minutes|half hour}|all day|over "
                 "and over|till i answer|until i answer|10|15|20|30|40|50|100} {times|calls|texts}?"),
    R("control", "@agent ...3 {checks|checked|check|checking|monitors|watches|tracks|counts} ~2 {the}? "
                 "{mileage|odometer|receipts|bank statements|my spending|every receipt|every purchase|my "
                 "steps|how long i|where i}"),
    R("control", "@agent ...2 {times|timed|timing} me"),
    R("control", "@agent ...3 {listens|listened|listening|eavesdrops|eavesdropped} {to|in on|on} my {calls|"
                 "phone calls|conversations|conversation|calls with}"),
    R("control", "@agent ...3 {records|recorded|recording|films|filmed} me ~3 {without|secretly|when i|"
                 "while i|all the time|at home|in the}"),
    R("control", "@agent ...3 {takes|took|take|taking|keeps|kept|keep|keeping|controls|controlled|control|"
                 "controlling|withholds|withheld|withhold|steals|stole|steal|stealing|spends|spent|"
                 "confiscates|confiscated|hides|hid|hide|holds|held|manages|managed|has|had|handles} ~2 "
                 "{all|away}? {of}? {my|the|our|all the|all our|my whole} @money !{for me when i asked|"
                 "because i asked|as we agreed|so we can save|for the {tickets|trip|dinner|rent}}"),
    R("control", "@agent ...3 {gives|gave|give|giving} me {an|a small|a tiny|pocket}? {allowance|pocket "
                 "money|budget}"),
    R("control", "{have|has|had|need|needs|needed|must|got} to ask ~2 {him|her|them|you|his permission|her "
                 "permission}? ~1 for {money|cash|my own money|my card|my bank card|the card|the car|"
                 "permission}"),
    R("control", "{account|accounting|answer|justify|explain} for every {penny|cent|dollar|pound|euro|"
                 "purchase|thing i buy|receipt|minute}"),
    R("control", "{put|puts|took out|takes out|took|run up|ran up|runs up} ~3 {debts|debt|loans|loan|"
                 "credit cards|credit card|bills|the bills|the lease|the debts} ~2 in my name"),
    R("control", "@agent ...3 {made|makes|make|forced|forces|force|pressured|pressures} me {quit|leave|"
                 "give up|stop} ~1 {my}? {job|work|school|studies|college|university|course|career|"
                 "friends|hobbies}"),
    R("control", "@agent ...3 {sabotages|sabotaged|sabotage|ruins|ruined|ruin|messes up|messed up} ~2 my "
                 "{job|work|interviews|interview|career|studies|exams|chances|friendships|car|shifts}"),
    R("control", "@agent ...3 {got|gets|get|getting} me {fired|sacked}"),
    R("control", "{makes|made|make|forces|forced} me ask ~3 {before|if|whether|permission|for|to}"),
    R("control", "{tells|told|telling|decides|decided} me {who|where|what|when} i {can|can't|'m allowed|am "
                 "allowed|may|should|'m not allowed|am not allowed}"),
    R("control", "@agent ...3 {has to|needs to|wants to|must|demands to|insists on|insisted on|has got to} "
                 "{know|knowing|see|check|track} ~1 {where i|who i|what i|everything|every}"),
    R("control", "{makes|made|make|forces|forced} me {hand over|give|sign over|transfer|send|pay} ~2 {my|"
                 "all my|the|all the} @money"),
    R("control", "{need|needs|needed|ask|asks|asked|have to ask|get|got|must ask} ~2 {his|her|their|your} "
                 "{permission|ok|okay|approval} ~2 to"),
    R("control", "{have|has|had|need|needs|needed|got} to ask {permission|for permission} ~1 to ~2 {go|see|"
                 "leave|do|buy|eat|wear|talk|visit|spend|use|sleep|shower}"),
    R("control", "@agent ...3 @neg_let me {to}? {even|ever|just|really}? !{pay|see {his|her|their} {phone|"
                 "texts|messages|emails}|help|cook|drive {his|her|their} {new|car}|lose|win|do the "
                 "dishes|carry|clean|worry|apologise|apologize|have the last|have a say in what we "
                 "watch} @activity"),
    R("control", "@agent ...3 {stop|stops|stopped|keep|keeps|kept|keeping|forbid|forbids|forbade|forbidden|"
                 "ban|bans|banned|prevent|prevents|prevented|stopping} me {from}? ~1 @activity_ing !{too "
                 "much money on clothes|junk food}"),
    R("control", "@agent ...3 {forbids|forbade|forbid|forbidden|bans|banned|ban} me {to|from} ~1 @activity"),
    R("control", "{i 'm|i am|i was|i 'm not|i wasn't} {not}? allowed to ~2 {have|go|see|talk|leave|work|"
                 "drive|wear|spend|use|visit|call|text|meet|hang out|eat|sleep|cut|be|speak|shower|lock} "
                 "!{~4 {at {my|the|this|our} ~1 {job|work|office|school|uni|university|college|class|gym|"
                 "pool|library|hospital|building|company|shop|store}|in {my|the|this|our} ~1 {job|office|"
                 "school|class|building|company|shop|store|library|hospital}|at work|at school|in the "
                 "office|during|in class|on the {plane|bus|train}|in {the|this} {building|library|gym|pool|"
                 "exam|office}|until|before {the|i|my}|without a|by the {school|rules|law|doctor}|yet|at "
                 "the {gym|pool|library}|in here}}"),
    R("control", "{cut|cuts|cutting} me off from ~2 {everyone|everybody|my|friends|family|people|the world|"
                 "the outside}"),
    R("control", "{isolated|isolates|isolating|isolate} me"),
    R("control", "@agent ...3 {turned|turns|turning|set|sets|setting} ~2 {my|everyone|everybody|all my} ~1 "
                 "{family|friends|kids|children|parents|sister|brother} {against me}"),
    R("control", "@agent ...3 {makes|made|make|forces|forced} me choose between"),
    R("control", "@agent ...3 {says|said|tells me|told me} ~1 my {friends|family|sister|mum|mom|parents} "
                 "{are|is} ~3 {bad for me|toxic|a bad influence|against us|trying to split us} ~6 {can't|"
                 "cannot|not allowed|shouldn't|won't let|stop seeing|stay away}?"),
    R("control", "{gets|got|get|is|'s|becomes|goes|went} ~2 {angry|mad|furious|jealous|upset|violent|crazy|"
                 "cold|nasty|moody|sulky} ~3 {if|when|whenever|because|every time} i ~3 {see|talk|text|"
                 "spend time|go out|hang out|meet|call|visit|speak|message|go|leave|smile at|look at} ~4 "
                 "@people"),
    R("control", "@agent ...3 {blocked|blocks|block|blocking|stood in|stands in|barricaded|barricades|"
                 "guarded|guards} ~2 {the|my|our}? {door|doorway|way|exit|car door|front door|stairs|"
                 "hallway} ~3 {so i|so that i|i couldn't|i could not|to stop me|to keep me|and wouldn't "
                 "let|and won't let|until i}"),
    R("control", "{won't|doesn't|does not|didn't} let me {leave|out|go out|go anywhere|out of the house|"
                 "out of his sight|out of her sight|out of the room}"),
    R("control", "@agent ...3 {locked|locks|lock|locking|shut|shuts} me {in|out|inside|outside|up} ~3 {the|"
                 "my|a|of}?"),
    R("control", "@agent ...3 <!to {takes|took|take|taking|hides|hid|hide|hiding|keeps|kept|confiscates|"
                 "confiscated|stole|steals|destroyed|destroys|broke|breaks|smashed|smashes|threw away|"
                 "throws away} ~1 {my|all my} @docs !{to fix|to charge|for me|by accident|accidentally|"
                 "because i asked|because i forgot|to the shop|home for me|to work on}"),
    R("control", "@agent ...3 {decides|decided|decide|chooses|chose|controls|controlled|control|dictates|"
                 "dictated|picks|tells me} ~1 {what i {wear|eat|spend|do|say|post|buy|watch|read}|what to "
                 "{wear|eat|say|do|post|buy|think|spend}|who to {see|talk to|text|be friends with}|where "
                 "to go|where i {go|am|work|can go}|who i {see|talk to|text|am friends with|can see|can "
                 "talk to}|when i {can|go|see|leave|sleep|eat|shower}|everything i do|my clothes|my every "
                 "move|my friends|my life|my meals|my weight|what i 'm allowed}"),
    R("control", "@agent ...3 {has|have|had|needs|wants|insists} to {approve|check|see|read|know about|vet} "
                 "{everything|every|all|anything|what i|who i|my}"),
    R("control", "{coercive control|controlling behaviour|controlling behavior|controlling relationship|he "
                 "'s so controlling|she 's so controlling|very controlling|really controlling|too "
                 "controlling|so controlling|extremely controlling|controlling husband|controlling wife|"
                 "controlling boyfriend|controlling girlfriend|controlling partner}"),
    R("control", "@agent ...3 @be_get ...2 {controlling|possessive|obsessive|jealous and controlling|"
                 "stalkerish}"),
    R("control", "@agent ...3 {smashed|smashes|smash|broke|breaks|break|destroyed|destroys|took|takes|"
                 "threw|throws|hid|hides} ~2 my {phone|laptop|computer|sim card|charger|car keys} ~4 {so "
                 "i|couldn't|can't|could not|to stop me|because i}"),
    R("control", "@agent ...3 {spies|spied|spying|spy} on me"),
    R("control", "@agent ...3 {installed|installs|put|puts|set up|hid} ~2 {cameras|camera|a camera|"
                 "microphones|a microphone|recording devices|a tracker}"),
    R("control", "{i|i 've} {have|had|got|'ve got} to {tell|text|update|report to} {him|her|them} {where i "
                 "am|where i go|who i 'm with|who i am with|every|my location}"),
    R("control", "{won't|wont|doesn't|does not|never|refuses to|refused to} let me {have|keep|open|get} ~2 "
                 "{my own|a} {bank account|account|money|card|job|phone|car|friends|key}"),

    # ================================================================ safety: fear of a partner
    R("fear", "@fear_adj ~2 {of|around|about} {@agent|@agent_object} !{{leaving|not|losing|finding out|"
              "getting|being|going|cheating|breaking up|forgetting|ignoring|thinking|judging|dumping|"
              "seeing|meeting|moving|changing|falling|getting bored|hating|laughing|rejecting|liking}|'s "
              "{leaving|not|reaction to the news}|will leave|'ll leave|leaves}"),
    R("fear", "@fear_adj ~1 {of|about} what {he|she|they|you|my @relation} ~1 {'ll|will|would|'d|might|"
              "could|may|is going to|'s going to|are going to|'re going to|was going to} ~1 do"),
    R("fear", "@fear_adj ~1 {of|about} how {he|she|they|you} ~1 {'ll|will|would|'d|might|is going to|'s "
              "going to} ~1 react ~3 {if|when}?"),
    R("fear", "@fear_adj ~1 {of|about} {his|her|their|your|my @relation 's} {reaction|temper|anger|rage|"
              "moods|mood|fists|hands|drinking|outbursts|violence|explosions|jealousy}"),
    R("fear", "@fear_adj ~3 {he|she|they|my @relation} ~1 {'ll|will|would|'d|might|could|may|is going to|"
              "'s going to|are going to|'re going to|was going to|is gonna} ~2 {kill|hit|beat|hurt|"
              "strangle|choke|stab|shoot|attack|punch|slap|find|snap|explode|lose it|lose {his|her|"
              "their} temper|come after|get violent|do something|take the kids|take the children|harm|"
              "rape|break|burn|follow|track} !{my feelings|me by leaving|a bad grade|the news|up|out "
              "with}"),
    R("fear", "@fear_adj {for|of losing} my {life|safety|kids|children}"),
    R("fear", "{fear|fearing|feared} for my {life|safety}"),
    R("fear", "{feel|felt|am|'m|was|feeling} ~1 {scared|afraid|frightened|terrified|unsafe|not safe|like a "
              "prisoner|trapped} {in|at} {my own|our|my|this} {house|home|bed|bedroom|flat|apartment|"
              "marriage|relationship}"),
    R("fear", "@fear_adj ~8 {when|while|whenever|if|because|after} {he|she|they|my @relation} ~1 {'s|is|"
              "gets|comes|drinks|get|starts|has been} ~1 {drunk|angry|high|mad|home|drinking|in a mood|"
              "in one of his moods|in one of her moods|raging|violent|using}"),
    R("fear", "{of|about} what {he|she|they|my @relation} ~1 {'s|is|are|'re} capable of"),
    R("fear", "{fear|fearful|dread|terror|terrified|scared} of {him|her|them|my @relation|@det @relation} "
              "!{leaving|not|losing|finding|getting|being|going|cheating|breaking|forgetting|ignoring|"
              "thinking|judging|dumping|seeing|meeting|will leave|'ll leave|leaves}"),
    R("fear", "{on edge|jumpy|tense|edgy|flinchy|hypervigilant|frozen|on guard|on high alert} ~1 {around|"
              "near|with|when} {him|her|them|my @relation|he|she|they}"),
    R("fear", "@fear_adj ~1 {to|of} {go|going|come|coming|get|getting} {back}? home"),
    R("fear", "@fear_adj ~1 {to|of} {be|being} {at home|home|alone with {him|her|them}|in the same room|in "
              "my own home}"),
    R("fear", "@fear_adj ~1 {to|of} {tell|telling|say|saying} ~1 {him|her|them|you|my @relation} {no|i 'm "
              "leaving|i want to leave|how i feel about}"),
    R("fear", "@fear_adj ~1 {to|of} {say|saying} no"),
    R("fear", "@fear_adj ~1 {to|of} {leave|leaving} {him|her|them|my @relation} ~1 {because|in case|what|"
              "he|she|they}"),
    R("fear", "@fear_adj ~1 {to|of} {make|making} {him|her|them} {angry|mad|upset}"),
    R("fear", "{don't|do not|never|didn't|did not} feel safe ~2 {at home|with|around|in my|in our|when|$}"),
    R("fear", "{feel|feels|feeling|felt} {unsafe|in danger|threatened|not safe} ~2 {at home|with|around|in "
              "my|in our|when|$}"),
    R("fear", "{not safe|unsafe} {at home|with {him|her|them}|around {him|her|them}|in my own home|in this "
              "house}"),
    R("fear", "{walk|walking|walks|walked|tiptoe|tiptoeing|tip toe} on {eggshells|egg shells|glass}"),
    R("fear", "{hid|hide|hiding|hides|lock myself|locked myself|locking myself} ~3 {from|in} ~3 {when|"
              "while|till|until|because|so} ~1 {he|she|they|my @relation} ~3 {gets|got|get|is|'s|comes|"
              "came|starts|drinks|drunk|angry|mad|home|raging|yelling|shouting|screaming}"),
    R("fear", "{hid|hide|hiding|hides} from {him|her|them|my @relation}"),
    R("fear", "{locked|lock|locking|locks} myself in {the|my|a} {bathroom|room|bedroom|car|toilet|closet|"
              "cupboard}"),
    R("fear", "{sleep|sleeping|slept} with {my shoes on|a knife|the door locked|a chair against}"),
    R("fear", "{bag|suitcase|go bag} {packed|ready} ~3 {in case|just in case|if i need|to leave|to run|to "
              "get out}"),
    R("fear", "{in case|if} i {have|need} to {run|get out|escape|leave fast|leave quickly|flee}"),
    R("fear", "{never know|don't know|can't tell} ~1 {what mood|which version|what version|who} {he|she|"
              "they} {'ll|will|is going to|'s going to}? {be|be in|come home|show up}"),
    R("fear", "@agent ...3 {scares|scared|frightens|frightened|terrifies|terrified|intimidates|"
              "intimidated} {me|us|the kids|the children} !{with {his|her} {driving|stories|jokes|masks|"
              "costume}|when {he|she} {jumps|jumped|hides|hid} out|by jumping|by hiding|with a prank|"
              "half to death playfully|at halloween|in the haunted}"),
    R("fear", "@fear_adj ~3 {of|about} {my|his|her} {husband|boyfriend|partner|wife|girlfriend|ex|dad|"
              "father|stepdad|fiance|fiancee|spouse|bf|gf}"),
    R("fear", "{afraid|scared|terrified|frightened|fear} {for|of} my {life|safety|kids 's safety|children "
              "'s safety}"),
    R("fear", "{flinch|flinches|flinched|flinching} ~4 {when|whenever|every time|if} {he|she|they|my "
              "@relation} ~3 {raises|raised|moves|moved|lifts|lifted|comes|came|reaches|reached|gets|"
              "shouts|yells}"),

    # ================================================================ safety: emotional abuse
    R("emotional_abuse", "@agent ...3 {calls|called|calling|call} me ~2 @insult"),
    R("emotional_abuse", "@agent ...3 {tells|told|telling|says|said|keeps telling|keeps saying|keep "
                         "telling|reminds|reminded|screams|screamed|yells|yelled} ~2 {me}? ~1 {that}? {i "
                         "'m|i am|i was|i 'll never be|i 'll always be|how} ~2 @insult"),
    R("emotional_abuse", "{no one|nobody|noone} else {would|will|could|'d} ~2 {want|love|have|put up with|"
                         "date|touch|marry|look at} {me|you}"),
    R("emotional_abuse", "{no one|nobody|noone} {would|will|'d|'ll} {ever}? believe {me|you}"),
    R("emotional_abuse", "@agent ...3 {humiliates|humiliated|humiliating|humiliate|belittles|belittled|"
                         "belittling|degrades|degraded|degrading|demeans|demeaned|mocks|mocked|mocking|"
                         "ridicules|ridiculed|shames|shamed|insults|insulted|insulting|berates|berated|"
                         "torments|tormented|bullies|bullied|gaslights|gaslighted|gaslit|gaslighting} "
                         "{me|us|the kids}"),
    R("emotional_abuse", "@agent ...3 {screams|screamed|screaming|yells|yelled|yelling|shouts|shouted|"
                         "shouting|rages|raged|swears|swore} {at|in} {me|my face|us|the kids} ~3 {for "
                         "hours|every day|all the time|constantly|all night|until|till|in front of|for "
                         "nothing|over nothing|every night|daily|non stop|nonstop}"),
    R("emotional_abuse", "{blames|blamed|blame|blaming} me {for}? ~3 {making him|making her|his|her|their} "
                         "~1 {hit|hitting|hurt|violence|anger|rage|temper|abuse|drinking|outbursts|"
                         "cheating}"),
    R("emotional_abuse", "{my fault|because of me} {he|she|they} ~1 {gets|got|get|is|was|'s|becomes|"
                         "became} ~1 {violent|angry|aggressive|abusive|rough|physical|mad}"),
    R("emotional_abuse", "@agent ...3 {gets|got|get|is|'s|was|goes|went|becomes} ~2 {angry|mad|furious|"
                         "violent|raging|crazy|nasty|scary|aggressive} ~8 {my fault|i deserve|i deserved|"
                         "i made him|i made her|because of me|i should have known|i asked for it|i "
                         "provoked}"),
    R("emotional_abuse", "{makes|made|make|making} me {feel|think|believe} ~2 {i 'm|i am|i was|like i 'm|"
                         "like i am} ~1 {going}? {crazy|insane|mad|losing my mind|imagining things|"
                         "making it up|the problem|worthless|nothing|stupid|useless|unlovable}"),
    R("emotional_abuse", "@agent ...3 {makes|made|make|making} me {feel|think|believe|sound|look} ~2 "
                         "{crazy|insane|mad|like i 'm crazy|like i 'm losing my mind|worthless|stupid|"
                         "useless|unlovable|like nothing|like shit|like dirt|like garbage|like trash|"
                         "small|pathetic|disgusting|ugly|fat} !{in love|with love|happy|good|about him|"
                         "for him|in a good way}"),
    R("emotional_abuse", "{until|till|til|so much that} i {think|thought|believe|believed|start to think|"
                         "started to think|feel|felt} ~1 {i 'm|i am|i was|i 'm going|i was going} ~1 "
                         "{crazy|insane|mad|losing my mind|making it up|imagining}"),
    R("emotional_abuse", "@agent ...3 {denies|denied|deny} ~3 {happened|saw|said|did} ~6 {crazy|insane|"
                         "losing my mind|doubt myself|imagining}"),
    R("emotional_abuse", "@agent ...3 {makes|made|make} me {beg|kneel|grovel|crawl|apologise on|apologize "
                         "on|beg for}"),
    R("emotional_abuse", "{gaslighting|gaslit|gaslights|gaslighted|emotional abuse|emotionally abusive|"
                         "emotionally abused|verbal abuse|verbally abusive|verbally abused|psychological "
                         "abuse|psychologically abusive|financial abuse|financially abusive}"),
    R("emotional_abuse", "@agent ...3 {threatens|threatened} to leave me with nothing"),
)

# Other checks of the same words, by name (``engine.Matcher.cue``).
CUES: dict[str, tuple[str, ...]] = {
    # Fear named in a feeling box: the message builder keeps the reader's words and says nothing
    # about how they might land.
    "afraid": (
        "{scared|scary|afraid|frightened|terrified|petrified|fearful|fear|fears|feared|unsafe|not safe|in "
        "danger|threatened|intimidated|panicked|panicky|on edge|walking on eggshells|frighten|terrify|"
        "terrifying|frightening}",
        "nervous {of|around|about how} {him|her|them|you}",
    ),
    # Any word of violence, threat or control, wherever it is: the message builder offers no softer
    # wording when one is there, whatever the rules made of the sentence.
    "danger": (
        "{@strike|@hit|@beat|@push|@grab|@choke|@weapon|@throw|@knock|@drag}",
        "{threat|threats|threaten|threatens|threatened|threatening|kill|kills|killed|killing|murder|abuse|"
        "abused|abusive|abusing|violent|violence|rape|raped|controls|controlled|controlling|stalk|stalks|"
        "stalked|stalking|password|passwords|passcode|permission|forbid|forbids|forbade|forbidden|spy|"
        "spies|spying|spied|bruise|bruises|bruised|bleed|bleeding|police|hospital|scared|afraid|"
        "frightened|terrified|unsafe|danger|dangerous|yell|yells|yelled|yelling|scream|screams|screamed|"
        "screaming|shout|shouts|shouted|shouting|smash|smashed|smashes|weapon|knife|gun|isolate|isolates|"
        "isolated|custody|immigration|deport|suicide|self harm|slam|slammed|slams|punched|kick|kicked|"
        "intimidate|intimidates|intimidated|or else|possessive|rage|temper|explode|explodes|exploded|"
        "gaslight|gaslights|gaslighting|gaslit}",
        "{hurt|hurts|hurting|harm|harms|harmed|harming} {me|us|the kids|the children|her|him|them|my @body|"
        "myself|yourself|you}",
        "{force|forces|forced|forcing|control|track|tracks|tracked|tracking|monitor|monitors|monitored|"
        "monitoring|lock|locks|locked|locking|follow|follows|followed|following} {me|my|us}",
        "{not allowed|won't allow|doesn't allow|won't let me|doesn't let me|didn't let me|never lets me|"
        "can't leave|couldn't leave|broke my|broken my|take my|took my|takes my} ",
        "{my|the} {location|bank card|paycheck|passport|car keys}",
        "@agent ...3 {checks|checked|goes through|went through|reads|read|search|searches|searched} my",
    ),
    # An ask that is a boundary: the message builder never offers to soften it.
    "boundary": (
        "^ {please|pls|just|and|so|now}? {stop|stopped|don't|do not|never|quit|no|not|enough|leave me|"
        "leave us|back off|get out|get away|go away|respect|let me|give me back|give back|stay away|keep "
        "away|keep your hands|hands off|i don't want you to|i do not want you to|i won't|i will not|i 'm "
        "not going to|i am not going to|i refuse|i need you to stop|i want you to stop|i need you to "
        "leave|i want you to leave|you need to stop|you have to stop|you must stop|you need to leave|you "
        "have to leave|you can't|you cannot|you may not|you are not|you 're not|you don't get to|you do "
        "not get to|don't you ever|do not ever|no more|no longer}",
    ),
    # A need that is about the reader's safety: no softer way to ask is offered.
    "need_safety": (
        "{feel|be|keep|stay|being|feeling|am|'m} {safe|safer|protected}",
        "{my|our|the kids|the children|my kids|my children} {safety|protection}",
        "{safety|protection|to be safe|to be protected}",
        "safe {at home|with you|around you|from|in my own}",
        "{not|never|stop} ~1 {be|get|being|getting} ~1 {hurt|hit|scared|afraid|yelled at|threatened|"
        "grabbed|pushed|checked on|followed|tracked|watched|controlled}",
        "{to be left alone|left alone|my privacy|privacy|my own money|my money back|my phone back|my "
        "freedom|freedom|to leave|to get out|to go|space from you|distance from you|a way out|to be free}",
    ),
    # A sentence whose subject is someone else and whose verb reports what they did or said (the
    # thought record suggests no thinking trap for it), unless it holds an interpretation (below).
    "someone_acts": (
        "^ @lead* @agent_subject",
    ),
    # What makes such a sentence the reader's reading of them rather than a report: a guess or a
    # prediction, their thoughts or feelings, their state now ("she's angry with me").
    "interpretation": (
        "^ @lead* @agent_subject ...3 {must|probably|maybe|might|may|will|'ll|would|'d|could|should|is "
        "going to|'s going to|are going to|'re going to|going to|is gonna|definitely|obviously|clearly|"
        "surely|secretly|no longer|never really|doesn't really|does not really}",
        "^ @lead* @agent_subject ...3 {think|thinks|thought|feel|feels|want|wants|love|loves|care|cares|"
        "like|likes|hate|hates|resent|resents|regret|regrets|know|knows|mean|means|meant|wish|wishes|"
        "deserve|deserves|prefer|prefers|believe|believes|wonder|wonders|need|needs|trust|trusts|blame|"
        "blames|judge|judges|mind|minds|miss|misses|find|finds|see|sees|get|gets bored|got bored|lost "
        "interest|care about}",
        "^ @lead* @agent_subject {doesn't|does not|don't|do not|didn't|did not|isn't|is not|'s not} ~1 "
        "{love|care|want|like|need|miss|respect|find|think|trust|mean|really|interested|into|attracted}",
        "^ @lead* @agent_subject {is|'s|are|'re|seems|seem|seemed|looks|look|sounds|sound} ~2 {mad|angry|"
        "upset|annoyed|bored|fed up|sick|tired|disappointed|done|over|cross|furious|pissed|losing|pulling|"
        "going off|getting bored|getting tired|seeing|cheating|hiding|lying|avoiding|ignoring|leaving|"
        "planning|embarrassed|ashamed|distant|cold|off|different|unhappy|happier|better|going to}",
        "{what if|i bet|i know|i just know|i 'm sure|i am sure|i think|i feel like|it feels like|seems|"
        "seemed|must be|must have|probably|obviously|clearly|because of me|my fault|losing interest|"
        "pulling away|going off me|lost interest|just being nice|just being polite|just being kind|only "
        "said|only did|only says|only does}",
    ),
}

# The subjects of "someone_acts": someone else, as the first words of a sentence, after a word that
# only leads in ("then he", "last night she").
LEXICONS["agent_subject"] = "he, she, they, you, @det @relation, @relation"
LEXICONS["lead"] = """and, then, so, but, also, again, today, yesterday, tonight, last night, this morning,
    this week,
    earlier, now, when, after, once, suddenly, finally, even, just"""

# Where a sentence's clauses meet, for checks that read a clause at a time: a conjunction or a comma
# before a new subject ("she said it was lovely, but she was just being nice").
CLAUSE_BREAKS = (r"(?:,\s*|\s+)(?:but|and then|and|so|because|though|although|while|whereas|yet|then)\s+"
                 r"(?=(?:i|he|she|they|you|we|my|his|her|their)\b)|,\s+(?=(?:i|he|she|they|you|we|my|his|her|their)\b)")

# Real words one slip away from a word in @slips: never read as that word ("cooked" is not "choked").
# Kept complete by tests/unit/core/test_safety_typos.py against the system's English word lists,
# except the real words below, far more often typed by mistake here than meant.
STILL_SLIPS = frozenset({"chocked", "chocking", "goodby", "sacred"})
NOT_TYPOS: frozenset[str] = frozenset(_entries("""
    bating, batten, batting, beatings, bedding, berating, betting, bladders, bleating, blending, boyfriends,
    breathed, breather, breathes, bruisers, burdens, burring, chokers, coked, cokes, coking, condo, cooked,
    cuing, cuttings, disappears, eggshell, forceps, fores, funerals, funereal, gabbed, gabbing, garbed,
    garbing, girlfriends, headlocks, hinting, husbands, killings, kilned, kilning, knifed, knifes, murders,
    overdoes, overdoing, pails, partners, paunches, permissions, piles, pistols, rapped, rappers, rasped,
    reaped, sapped, sapping, scarfed, shoed, shooed, shooing, someones, stabbings, stabled, stabling, staked,
    staking, staled, staling, stalkings, stalled, stalling, staring, starring, starvings, staving, straggle,
    straggled, straggles, straggling, strange, strangler, stranglers, suicides, tables, tacked, tacking,
    thorough, throats, throaty, tracing, treats, trough, violet"""))


TABLE = PhraseTable(
    language="en",
    lexicons={name: _entries(text) for name, text in LEXICONS.items()},
    rules=RULES,
    spellings=SPELLINGS,
    harmless=HARMLESS,
    not_typos=NOT_TYPOS,
    cues=CUES,
    clause_breaks=CLAUSE_BREAKS,
    # On a page in another language, a sentence with one of these is read in English too.
    markers=frozenset(_entries("""i, my, myself, the, and, you, your, she, 's, 'm, is, was, it, to,
        of, want, wanna, don't, can't, gonna, im, i'm, it's, he's, she's, with, without, anymore,
        going, will""")),
)
