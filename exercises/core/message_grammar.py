"""What the message builder reads in a reader's words, per language (``GRAMMARS``), and the few
shape tests that decide whether the builder's framing fits them.

A grammar is data: leads (how a box may start: "when", "i feel", "could you"), written in lower case
without accents, so a reader who types "me senti" or "PODRIAS" is read the same as one who types
"me sentí" or "podrías". The English grammar frames any words ("When {happened}, I feel {feel}."
reads well for "dinner was cold" and for "hurt" alike), so it has no shape tests. A language whose
framing fits only some shapes (Spanish: "siento" takes a noun, "me siento" an adjective, "Cuando"
a clause, "¿Podrías ...?" an infinitive) lists the words that tell the shapes apart; where none
fits for sure, the builder keeps the reader's words as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .text_checks import normalise

Grammar = Mapping[str, tuple[str, ...]]

# ---------------------------------------------------------------------------------------------
# English

ENGLISH: dict[str, tuple[str, ...]] = {
    "when": ("when", "whenever"),
    "feel": ("i feel", "i felt", "i'm", "i am", "i was", "i've been", "i have been", "i get", "i got",
             "feeling", "i keep feeling", "i always feel", "i often feel", "i sometimes feel"),
    "need": ("i need", "i needed", "i want", "i wanted", "i'd like", "i would like", "i wish", "i just need",
             "i really need", "what i need", "all i need", "i'd love", "i would love", "i'm asking",
             "i am asking", "i hope"),
    "need_bare": ("need",),
    # A box that starts with its own subject is a sentence of its own, kept as written.
    "subjects": ("we", "you", "he", "she", "they", "it", "there", "i", "let's", "lets"),
    # Asks that are already questions: nothing to offer.
    "question": ("could you", "would you", "can you", "will you", "could we", "would we", "can we",
                 "do you", "are you", "is it", "would it", "could i", "can i", "may i", "is there",
                 "shall we", "how about", "what if", "why don't we", "would you be"),
    # Asks already put gently: nothing to offer either.
    "gentle": ("i'd love it if you", "i would love it if you", "i'd like it if you", "i would like it if you",
               "it would help if you", "it would help me if you", "it would mean a lot if you",
               "i wish you would", "i wish you'd", "i'd appreciate it if you", "i would appreciate it if you",
               "i'd be grateful if you", "i would be grateful if you", "if you could", "if you're willing",
               "if you are willing",
               "would it be okay", "would it be ok", "i was wondering if", "i wonder if"),
    # Questions that press rather than ask: written with a question mark, and a softer way offered.
    "pressing": ("can't you", "won't you", "why don't you", "why can't you", "why won't you", "don't you",
                 "will you ever", "why do you", "why did you", "how come you"),
    "please": ("please", "pls", "plz", "kindly"),
    # Leads that hand the rest of the ask to the other person: "you need to text me" -> "text me".
    "to_you": ("i need you to", "i want you to", "i'd like you to", "i would like you to", "i'd love you to",
               "i would love you to", "i expect you to", "i demand that you", "i demand you",
               "i'm asking you to", "i am asking you to", "i'd prefer you to", "i would prefer you to",
               "you need to", "you have to", "you must", "you should", "you better", "you'd better",
               "you had better", "you will", "you'll", "you're going to", "you are going to", "you gotta",
               "you've got to", "you have got to", "you got to", "make sure you", "that you",
               "for you to", "can't you", "why don't you", "why can't you", "won't you", "just", "to",
               "try to", "remember to", "always", "from now on,", "from now on"),
    # Words that may stand between "you" and the rest ("you always have to", "you really need to").
    "adverbs": ("always", "really", "just", "seriously", "honestly", "definitely", "absolutely", "still",
                "also", "actually", "simply", "totally", "literally", "at least"),
    # The reader's own plans ("I want to see my friends"): theirs, not a request to soften.
    "mine": ("i want to", "i'd like to", "i would like to", "i need to", "i'm going to", "i am going to",
             "i will", "i'll", "i plan to", "i'm planning to", "i wish to", "i'm", "i am", "i have", "i've",
             "i can", "i should", "i must", "i"),
    # Leads of a wish for something ("I'd like more time together"): asked with "open to".
    "wish": ("i'd like", "i would like", "i want", "i need", "i'd love", "i would love", "i wish for",
             "i'm asking for", "i am asking for", "i'd appreciate", "i would appreciate", "i really need",
             "i just need", "i really want", "i just want", "what i need is", "all i want is",
             "all i need is"),
    "us": ("let's", "lets", "let us"),
    "we": ("we should", "we need to", "we have to", "we must", "we could", "we ought to", "we've got to",
           "we gotta"),
    # How a noun phrase starts ("more time together"): asked with "open to" rather than "willing to".
    "noun_start": ("a", "an", "the", "some", "more", "less", "fewer", "my", "our", "your", "time", "space",
                   "help", "support", "honesty", "patience", "reassurance", "quality", "regular", "one",
                   "two", "an hour", "a little", "any"),
    # A trailing part that softening leaves out.
    "tail": (", please", " please", " ok?", " okay?", " ok", " okay", ", or else", " or else", ", alright",
             " alright", ", thanks", " thanks", ", thank you", " thank you"),
}

# ---------------------------------------------------------------------------------------------
# Spanish (neutral Latin American, tú and vos; accents optional)

_FEELING_NOUNS = (
    "dolor", "preocupacion", "soledad", "miedo", "tristeza", "ansiedad", "enojo", "verguenza", "celos",
    "rechazo", "desesperanza", "calma", "alivio", "angustia", "frustracion", "rabia", "impotencia",
    "inseguridad", "confusion", "decepcion", "culpa", "nervios", "cansancio", "coraje", "pena", "nostalgia",
    "abandono", "vacio", "incertidumbre", "desilusion", "tension", "estres", "agotamiento", "desconfianza",
    "temor", "panico", "ira", "furia", "envidia", "melancolia", "desamparo", "desanimo", "duda", "dudas",
    "amor", "carino", "ternura", "alegria", "paz", "gratitud", "esperanza", "tranquilidad", "ilusion",
    "emocion", "orgullo", "humillacion", "susto", "terror", "pavor", "asco", "fastidio", "molestia",
    "presion", "inquietud", "desesperacion", "indignacion", "traicion", "injusticia", "enfado", "olvido",
    "resentimiento", "tristezas", "miedos", "desprecio", "hartazgo", "bronca", "amargura", "debilidad",
    "necesidad", "ganas", "apego", "dependencia", "desconcierto",
)
_FEELING_STATES = (
    "triste", "tristes", "sola", "solo", "solas", "solos", "mal", "fatal", "bien", "feliz", "contenta",
    "contento", "insegura", "inseguro", "tranquila", "tranquilo", "inquieta", "inquieto", "harta", "harto",
    "molesta", "molesto", "incomoda", "incomodo", "vacia", "vacio", "rara", "raro", "culpable", "pequena",
    "pequeno", "debil", "inutil", "impaciente", "vulnerable", "invisible", "insuficiente", "tensa", "tenso",
    "distante", "intranquila", "intranquilo", "exhausta", "exhausto", "inferior", "extrana", "extrano",
    "ansiosa", "ansioso", "nerviosa", "nervioso", "celosa", "celoso", "asustada", "asustado", "perdida",
    "perdido",
)
_STATE_INTENSIFIERS = ("muy", "un poco", "algo", "bastante", "tan", "super", "medio", "re", "demasiado",
                       "totalmente", "completamente", "realmente", "muy muy", "un tanto", "mas", "menos",
                       "algo asi como", "como")
_NOUN_QUANTIFIERS = ("mucho", "mucha", "muchos", "muchas", "muchisimo", "muchisima", "un poco de", "algo de",
                     "bastante", "tanto", "tanta", "demasiado", "demasiada", "cierto", "cierta", "un gran",
                     "una gran", "gran", "un montón de", "un monton de", "poco", "poca", "un", "una", "mas",
                     "menos")

SPANISH: dict[str, tuple[str, ...]] = {
    # The reader's own "when": the builder adds nothing before it.
    "when": ("cuando", "cada vez que", "siempre que", "desde que", "despues de que", "luego de que",
             "en cuanto", "si", "ya que", "la vez que", "el dia que", "el otro dia cuando", "anoche cuando",
             "ayer cuando", "hoy cuando"),
    # The reader's own sentence about how they feel ("me senti sola", "estoy triste", "siento que...").
    "feel": ("me siento", "me senti", "me sentia", "me he sentido", "me estoy sintiendo", "me quede",
             "me quedo", "estoy", "estaba", "estuve", "he estado", "ando", "siento", "senti", "sentia",
             "me da", "me dio", "me daba", "me duele", "me dolio", "me hace sentir", "me hizo sentir",
             "me hiciste sentir", "me haces sentir", "me pone", "me puso", "me pusiste", "me preocupa",
             "me preocupo", "me molesta", "me molesto", "me entristece", "me asusta", "me asusto",
             "me angustia", "me frustra", "me enoja", "me enojo", "tengo", "tenia", "tuve", "yo",
             "me sentiria", "no me siento", "no se"),
    # The reader's own sentence about what they need ("necesito...", "me gustaria...").
    "need": ("necesito", "necesitaba", "necesitaria", "quiero", "queria", "quisiera", "me gustaria",
             "me gustaba", "me haria falta", "me hace falta", "me hacia falta", "me encantaria",
             "me ayudaria", "me vendria bien", "me haria bien", "ojala", "espero", "lo que necesito",
             "solo necesito", "nada mas necesito", "solamente necesito", "te pido", "yo necesito",
             "yo quiero", "preciso", "me importa", "para mi es importante", "es importante", "seria bueno",
             "necesitar"),
    "need_bare": (),
    # A box that starts with its own subject is a sentence of its own (not "tú" and "él": readers
    # often leave their accents out, and "tu", "el" start a noun: "tu mensaje", "el sábado").
    "subjects": ("yo", "vos", "ella", "ellos", "ellas", "usted", "ustedes", "nosotros", "nosotras"),
    # Asks that are already questions ("¿podrías...?", "te parece si..."): made questions with ¿ and ?.
    "question": ("podrias", "puedes", "podras", "pudieras", "podriamos", "podemos", "podria", "me podrias",
                 "me puedes", "me podras", "me pudieras", "nos podemos", "nos podriamos", "te parece",
                 "que te parece", "te pareceria", "que te pareceria", "te importaria", "te molestaria",
                 "te gustaria", "quieres", "querrias", "estarias", "estas dispuesto", "estas dispuesta",
                 "seria posible", "es posible", "habria forma", "hay forma", "y si", "que tal si",
                 "que tal", "por que no", "por que", "crees que", "te animas", "lo podemos",
                 "lo podriamos", "le podrias", "la podrias", "lo podrias", "me dejarias", "me harias",
                 "me darias", "me ayudarias", "me avisarias", "me llamarias", "me escribirias",
                 "sera que", "puede ser que", "vos podrias", "podes", "podés", "tu podrias"),
    "gentle": (),
    "pressing": (),
    "please": ("por favor", "porfavor", "porfa", "porfis", "porfi", "xfa", "x favor", "xfavor", "plis",
               "pliss", "please", "pls", "por fa"),
    # Asks that set a limit, whatever the concern check's table says: never made a question.
    "boundary": ("dejar de", "parar de", "no volver a", "nunca mas", "ya no", "basta", "deja de",
                 "para de"),
    # The builder's "¿" before a question, and the frame for an ask written as an infinitive.
    "question_open": ("¿",),
    # --- shapes: what "Cuando", "siento", "me siento", "Necesito" and "¿Podrías" fit -------------
    # Words right before a verb (a clause): pronouns that stand before it, and "no".
    "clitics": ("me", "te", "se", "nos", "os", "le", "les", "no"),
    # Finite verbs readers use to say what happened (accents off), beyond the endings below.
    "verb_forms": ("fue", "fuiste", "fueron", "fuimos", "era", "eras", "eran", "estaba", "estabas",
                   "estaban", "estuvo", "estuviste", "estuvieron", "dijo", "dijiste", "hizo", "hiciste",
                   "viniste", "tuvo", "tuviste", "puso", "pusiste", "quiso", "quisiste", "pudo",
                   "pudiste", "supo", "supe", "vio", "viste", "dio", "diste", "es", "eres", "son", "hay",
                   "habia", "hubo", "ha", "has", "han", "hemos", "va", "vas", "van", "iba", "ibas", "iban",
                   "tenia", "tenias", "tenian", "decia", "decias", "queria", "querias", "podia", "podias",
                   "sabia", "sabias", "hacias", "salia", "salias", "venia", "venias", "sentia",
                   "respondia", "respondias", "contestabas", "pasa", "dejo", "llego",
                   "cancelo", "llamo", "escribio", "contesto", "respondio", "salio", "sigue",
                   "sigues", "siguio", "quedo", "quedaste", "estan", "llegas", "cancelas",
                   "cambias", "olvidas", "contestas", "respondes", "dices", "haces", "sales", "vuelves",
                   "dejas", "ignoras", "miras", "revisas", "usas", "tardas", "tardaste", "desapareciste",
                   "desaparecio", "desapareces"),
    # Endings that mark a finite verb (a regular expression each, over a word without accents) and
    # words that end so without being one.
    "verb_endings": (r"\w{2,}aste", r"\w{2,}iste", r"\w{2,}aron", r"\w{2,}ieron", r"\w{2,}aban?",
                     r"\w{2,}abas", r"\w{2,}amos", r"\w{2,}imos", r"\w{2,}emos"),
    "verb_endings_accented": (r"\w{2,}ó",),
    "verb_forms_accented": ("está", "estás", "están", "dé", "sé"),
    "not_verbs": ("triste", "tristes", "chiste", "chistes", "quiste", "contraste", "varon", "primos",
                  "ramos", "tramos", "extremos", "supremos", "remos", "rapidamos", "desastre", "alpiste",
                  "despiste", "mimos", "memos", "traba", "trabas", "aldaba", "cava", "lava", "amos", "quimos",
                  "dominó", "capó", "buró", "rococó", "país", "gravamos", "dinamos"),
    # Words that end a clause's opening before any verb: the box is not one clause to put after
    # "Cuando" ("la cena que preparé", "lo de ayer, cuando...").
    "clause_stops": ("que", "cuando", "porque", "aunque", "donde", "como", "quien", "cual", "pero", "ni",
                     "sino", "mientras"),
    # Feelings as nouns ("siento dolor") and as states ("me siento dolida"); a feeling box is framed
    # only when each of its feelings is one kind.
    "feeling_nouns": _FEELING_NOUNS,
    "noun_endings": (r"\w+cion", r"\w+sion", r"\w+dad", r"\w+tad", r"\w+eza", r"\w+encia", r"\w+ancia",
                     r"\w+miento", r"\w+tud", r"\w+umbre", r"\w+anza", r"\w+ismo"),
    "noun_quantifiers": _NOUN_QUANTIFIERS,
    "feeling_states": _FEELING_STATES,
    "state_endings": (r"\w{2,}ad[ao]s?", r"\w{2,}id[ao]s?", r"\w{2,}os[ao]s?", r"\w{2,}ables?",
                      r"\w{2,}ibles?"),
    "state_intensifiers": _STATE_INTENSIFIERS,
    "joiners": ("y", "e", "o", "u", "ni", "pero", "y a la vez", "y tambien", "o sea"),
    # A state said with a noun: "con miedo", "sin ganas".
    "state_with": ("con", "sin"),
    # How a need "Necesito ..." fits: a noun phrase, "que ..." or an infinitive.
    "need_starts": ("un", "una", "unos", "unas", "mas", "menos", "algo", "algun", "alguna", "algunos",
                    "algunas", "mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros",
                    "nuestras", "el", "la", "los", "las", "lo que", "que", "mucho", "mucha", "muchos",
                    "muchas", "poco", "poca", "otro", "otra", "otros", "otras", "tiempo", "espacio",
                    "apoyo", "respeto", "atencion", "confianza", "ayuda", "compania", "contacto",
                    "abrazo", "abrazos", "mensaje", "mensajes", "respuesta", "respuestas", "noticias",
                    "claridad", "honestidad", "sinceridad", "un poco de", "saber", "sentir", "tener",
                    "cierta", "cierto", "mayor", "menor", "señales", "senales", "reglas", "acuerdos",
                    "llamadas", "detalles", "palabras", "hechos", "pruebas", "certeza", "seguridad",
                    "estabilidad", "constancia", "paciencia", "comprension", "dialogo", "comunicacion",
                    "compromiso", "aviso", "avisos", "explicaciones", "interes", "esfuerzo", "cercania",
                    "descanso", "orden", "disculpa", "disculpas", "perdon", "silencio", "limites", "cariño",
                    "carino", "amor", "paz", "calma", "reciprocidad", "coherencia", "presencia"),
    # An infinitive, with the pronouns it may carry ("avisarme", "decírmelo").
    "infinitive": (r"[a-zñ]{1,}(?:ar|er|ir)(?:me|te|se|nos|os|le|les|lo|la|los|las){0,2}",),
    "not_infinitives": ("ayer", "mujer", "lugar", "hogar", "mar", "bar", "par", "cualquier", "taller",
                        "cancer", "caracter", "sueter", "lider", "dolar", "azucar", "familiar", "particular",
                        "regular", "similar", "popular", "militar", "collar", "altar", "celular", "alquiler",
                        "placer", "amanecer", "atardecer", "anochecer", "alrededor", "super", "ester",
                        "elixir", "zafiro", "suerte", "muerte", "fuerte", "firme", "parte"),
    # Verbs whose "-me" may be the reader themself ("irme", "quedarme", "calmarme"): "¿Podrías irme?"
    # does not work, and "¿Podrías calmarme?" may not be what the reader meant.
    "own_verbs": ("ir", "quedar", "sentir", "arrepentir", "atrever", "quejar", "mudar", "acostumbrar",
                  "enfocar", "concentrar", "relajar", "desahogar", "expresar", "dedicar", "ocupar", "tomar",
                  "poner", "alejar", "separar", "despedir", "marchar", "dormir", "sentar", "acordar",
                  "preocupar", "volver", "salir", "enamorar", "equivocar", "portar", "comportar", "esconder",
                  "escapar", "meter", "calmar", "tranquilizar", "animar", "cuidar", "olvidar", "encerrar",
                  "callar", "perder", "atrasar", "retrasar", "arreglar", "duchar", "bañar", "banar"),
    # Verbs "¿Podrías ...?" would double ("¿Podrías poder...?", "¿Podrías necesitar...?").
    "not_asks": ("poder", "necesitar", "querer", "deber"),
    # Common verbs of a request ("¿Podrías avisarme?"): an infinitive framed without any other sign
    # that the words are Spanish must be one of these.
    "ask_verbs": ("avisar", "llamar", "escribir", "hablar", "decir", "contar", "escuchar", "esperar",
                  "responder", "contestar", "pasar", "llegar", "cancelar", "venir", "salir", "quedar",
                  "abrazar", "preguntar", "explicar", "mandar", "enviar", "compartir", "planear", "cumplir",
                  "pedir", "ayudar", "acompanar", "cocinar", "hacer", "buscar", "volver", "regresar",
                  "pensar", "mirar", "confiar", "apoyar", "prestar", "reservar", "organizar", "acordar",
                  "recordar", "intentar", "tratar", "mostrar", "demostrar", "comunicar", "saludar",
                  "visitar", "conocer", "invitar", "incluir", "elegir", "decidir", "cambiar", "usar",
                  "guardar", "apagar", "consultar", "dedicar", "dar", "tener", "ser", "estar", "ver",
                  "ir", "salir", "comer", "cenar", "desayunar", "almorzar", "caminar", "pasear", "viajar",
                  "dormir", "sentar", "tomar", "poner", "dejar", "traer", "llevar", "recoger", "buscar",
                  "mensajear", "textear", "whatsappear", "chatear", "platicar", "conversar", "charlar",
                  "verificar", "confirmar", "anticipar", "reprogramar", "posponer", "coordinar"),
    # Words of a Spanish sentence: with one of these, an infinitive is read as Spanish.
    "own_words": ("de", "que", "con", "por", "para", "la", "el", "los", "las", "mi", "mis", "tu", "tus",
                  "un", "una", "y", "en", "si", "cuando", "antes", "mas", "menos", "tambien", "hoy",
                  "manana", "noche", "dia", "semana", "me", "te", "nos", "se", "lo", "le", "al", "del",
                  "planes", "mensaje", "algo", "cada", "vez", "tiempo", "juntos", "juntas", "sin", "sobre",
                  "todo", "todos", "todas", "esta", "este", "esto", "ese", "esa", "eso", "pasa", "cambian"),
    # Words that are English, not Spanish: a box with one of them is kept as written.
    "other_words": ("the", "you", "your", "my", "i", "i'm", "i've", "i'd", "to", "if", "and", "when", "is",
                    "are", "was", "were", "it", "it's", "that", "of", "for", "with", "on", "at", "we",
                    "she", "they", "be", "do", "don't", "can", "could", "would", "will", "this", "what",
                    "how", "why", "just", "call", "text", "need", "want", "feel", "felt", "have", "has",
                    "had", "been", "our", "us", "from", "by", "about", "so", "but", "or", "an", "in",
                    "never", "always", "hurt", "sad", "lonely", "worried", "alone", "scared", "angry",
                    "more", "time", "together", "plans", "changed", "know", "where", "stand", "late",
                    "again", "tonight", "tomorrow", "him", "her", "them", "did", "didn't", "can't",
                    "won't", "let's"),
    # Where a lower case first letter is right for a capitalised first word: any word the grammar
    # reads (a name is left as written). The shapes add what their endings recognise.
    "time_words": ("ayer", "hoy", "anoche", "anteayer", "otra", "otra vez", "de nuevo", "esta", "este",
                   "el", "la", "los", "las", "un", "una", "mi", "mis", "tu", "tus", "su", "sus", "nuestro",
                   "nuestra", "nuestros", "nuestras", "siempre", "nunca", "casi", "ya", "todavia", "aun",
                   "recien", "de repente", "al final", "luego", "despues", "antes", "hace", "el sabado",
                   "el domingo", "el viernes", "toda", "todo", "todos", "todas", "tampoco", "solo",
                   "apenas", "tambien", "otra vez", "entonces", "de", "del", "al", "lo"),
}

GRAMMARS: dict[str, Grammar] = {"en": ENGLISH, "es": SPANISH}

# ---------------------------------------------------------------------------------------------
# Reading the words

_ACCENTS = str.maketrans("áéíóúüàèìòùâêîôûäëïöÁÉÍÓÚÜÀÈÌÒÙÂÊÎÔÛÄËÏÖñÑ",
                         "aeiouuaeiouaeiouaeioAEIOUUAEIOUAEIOUAEIOnN")
_MARKS = "¿¡\"'\u201c\u201d\u00ab\u00bb("


def fold(text: str) -> str:
    """TEXT in lower case, with straight apostrophes and without accents; the same length, so a lead
    found in it can be cut from the reader's own words."""
    return normalise(text).translate(_ACCENTS)


def starts(text: str, leads: tuple[str, ...]) -> str | None:
    """The lead TEXT starts with (as whole words, accents optional), or None."""
    norm = fold(text)
    for lead in sorted(leads, key=len, reverse=True):
        lead = fold(lead)
        if norm == lead or norm.startswith(lead + " ") or norm.startswith(lead + ",") \
                or (lead.endswith(",") and norm.startswith(lead)):
            return lead
    return None


def drop(words: str, leads: tuple[str, ...]) -> str:
    """WORDS without the lead they start with (and the comma after it)."""
    lead = starts(words, leads)
    return words[len(lead):].lstrip(" ,") if lead else words


def tokens(text: str) -> list[str]:
    """The words of TEXT, folded, without the marks around them."""
    return [w for w in (word.strip(_MARKS + ".,;:!?\u201d\u00bb)") for word in fold(text).split()) if w]


def strict(grammar: Grammar) -> bool:
    """Whether the language's framing fits only some shapes of words (it lists the shapes)."""
    return "feeling_nouns" in grammar


def _matches(word: str, patterns: tuple[str, ...]) -> bool:
    return any(re.fullmatch(pattern, word) for pattern in patterns)


def _phrase_in(words: list[str], at: int, phrases: tuple[str, ...]) -> int:
    """How many words of the longest phrase of PHRASES that starts at WORDS[AT] (0: none)."""
    best = 0
    for phrase in phrases:
        parts = fold(phrase).split()
        if words[at:at + len(parts)] == parts:
            best = max(best, len(parts))
    return best


def foreign(text: str, grammar: Grammar) -> bool:
    """Whether TEXT has words of another language than the grammar's (English on a Spanish page)."""
    others = set(grammar.get("other_words", ()))
    return bool(others) and any(word in others for word in tokens(text))


def is_verb(word: str, grammar: Grammar, raw: str = "") -> bool:
    """Whether WORD (folded; RAW: as the reader wrote it, lower case) is surely a finite verb."""
    if word in grammar.get("not_verbs", ()) or raw in grammar.get("not_verbs", ()):
        return False
    return word in grammar.get("verb_forms", ()) or raw in grammar.get("verb_forms_accented", ()) \
        or _matches(word, grammar.get("verb_endings", ())) \
        or _matches(raw, grammar.get("verb_endings_accented", ()))


def is_clause(text: str, grammar: Grammar) -> bool:
    """Whether TEXT is one clause that can follow "When": always in English; in a strict grammar,
    when a verb (or a pronoun or "no" right before one) comes within its first five words, with no
    comma or "que" before it. "los planes cambiaron" is; "la cena de anoche" is not."""
    if not strict(grammar):
        return True
    for word in normalise(text).split()[:5]:
        raw = word.strip(_MARKS + ".,;:!?")
        folded = fold(raw)
        if folded in grammar["clitics"] or is_verb(folded, grammar, raw):
            return True
        if folded in grammar["clause_stops"] or word.endswith((",", ";", ":", ".")):
            return False
    return False


def _items(text: str, grammar: Grammar) -> list[list[str]]:
    """TEXT split into its feelings ("dolor y preocupación" -> [["dolor"], ["preocupacion"]]); none
    when a feeling is missing ("dolor y")."""
    words = [w for w in (w.strip(_MARKS + ".;:!?") for w in fold(text).replace(",", " , ").split()) if w]
    items: list[list[str]] = [[]]
    at = 0
    while at < len(words):
        joined = 1 if words[at] == "," else _phrase_in(words, at, grammar["joiners"])
        if joined:
            items.append([])
            at += joined
        else:
            items[-1].append(words[at])
            at += 1
    return items if all(items) else []


def _head(item: list[str], leads: tuple[str, ...]) -> str:
    """The first word of ITEM after any of LEADS ("un poco de miedo" -> "miedo")."""
    at = 0
    while at < len(item):
        skip = _phrase_in(item, at, leads)
        if not skip or at + skip >= len(item):
            break
        at += skip
    return item[at]


def is_feeling_noun(word: str, grammar: Grammar) -> bool:
    return word in grammar["feeling_nouns"] or _matches(word, grammar["noun_endings"])


def is_feeling_state(word: str, grammar: Grammar) -> bool:
    return not is_feeling_noun(word, grammar) and (
        word in grammar["feeling_states"] or _matches(word, grammar["state_endings"]))


def _state(item: list[str], grammar: Grammar) -> bool:
    """Whether ITEM says how the reader is: "dolida", "muy sola", "con miedo"."""
    if item[0] in grammar["state_with"] and len(item) > 1:
        return is_feeling_noun(_head(item[1:], grammar["noun_quantifiers"]), grammar)
    return is_feeling_state(_head(item, grammar["state_intensifiers"]), grammar)


def feeling_form(text: str, grammar: Grammar) -> str | None:
    """How the builder may say the feeling: "noun" ("siento dolor"), "state" ("me siento dolida"),
    or None when the feelings are not all one kind, or not known (kept as written). Every feeling
    is a "noun" to a grammar without shapes ("I feel hurt")."""
    if not strict(grammar):
        return "noun"
    items = _items(text, grammar)
    if not items:
        return None
    if all(is_feeling_noun(_head(item, grammar["noun_quantifiers"]), grammar) for item in items):
        return "noun"
    if all(_state(item, grammar) for item in items):
        return "state"
    return None


def is_infinitive(word: str, grammar: Grammar) -> bool:
    if word in ("ir", "irme", "irte", "irse", "irnos"):
        return True
    return word not in grammar.get("not_infinitives", ()) and _matches(word, grammar.get("infinitive", ()))


def _verb_of(word: str) -> tuple[str, str]:
    """An infinitive and the pronouns it carries ("avisarme" -> ("avisar", "me"))."""
    match = re.fullmatch(r"(.+?(?:ar|er|ir))((?:me|te|se|nos|os|le|les|lo|la|los|las){0,2})", word)
    return (match.group(1), match.group(2)) if match else (word, "")


def fits_need(text: str, grammar: Grammar) -> bool:
    """Whether "I need {need}" fits TEXT: always in English; in a strict grammar, when it is a noun
    phrase, "que ..." or an infinitive ("saber dónde estamos", "más tiempo juntos")."""
    if not strict(grammar):
        return True
    words = tokens(text)
    if not words:
        return False
    first = words[1] if words[0] == "no" and len(words) > 1 else words[0]
    return bool(_phrase_in(words, 0, grammar["need_starts"])) or is_feeling_noun(words[0], grammar) \
        or is_infinitive(first, grammar)


def fits_ask(text: str, grammar: Grammar) -> bool:
    """Whether the grammar's "Could you {ask}?" fits TEXT: an infinitive the other person would do
    ("avisarme si cambian los planes", "llegar a tiempo"), surely in this language's words."""
    words = tokens(text)
    if not words or "ask_verbs" not in grammar or not is_infinitive(words[0], grammar):
        return False
    infinitive, pronouns = _verb_of(words[0])
    if infinitive in grammar["not_asks"]:
        return False
    if pronouns.startswith(("te", "se", "os", "nos")) or (pronouns.startswith("me")
                                                          and infinitive in grammar["own_verbs"]):
        # "verte" (the reader sees them), "vernos" (each other), "irme" (the reader goes): not
        # something the other person does alone
        return False
    if infinitive in grammar["ask_verbs"]:
        return True
    # Another verb: with its pronoun ("despertarme") or beside words of the language ("olvidar eso").
    return len(infinitive) >= 5 and (bool(pronouns) or any(w in grammar["own_words"] for w in words[1:]))


def knows(word: str, grammar: Grammar) -> bool:
    """Whether WORD (a capitalised first word) is an ordinary word of the grammar, to be written in
    lower case inside a sentence. A grammar without shapes knows every word; a strict one leaves a
    word it does not know (a name) as written."""
    if not strict(grammar):
        return True
    raw = normalise(word).strip(_MARKS + ".,;:!?")
    folded = fold(raw)
    lists = ("clitics", "verb_forms", "feeling_nouns", "feeling_states", "need_starts", "time_words",
             "please", "joiners", "noun_quantifiers", "state_intensifiers", "own_words", "clause_stops",
             "subjects")
    leads = ("when", "feel", "need", "question", "boundary")
    return any(folded in grammar[name] for name in lists) \
        or any(fold(lead).split()[0] == folded for name in leads for lead in grammar[name]) \
        or is_verb(folded, grammar, raw) or is_infinitive(folded, grammar) \
        or is_feeling_noun(folded, grammar) or is_feeling_state(folded, grammar)
