"""Spanish words for the concern check: data only (the engine, ``engine.py``, knows no language).

Written for the way people in Mexico, the United States, Central and South America and Spain type
on a phone when they are distressed: accents left out or not ("pegó", "pego"), "q", "xq", "k",
regional verbs ("madrear", "aventar", "jalar", "zarandear"), "tú" and "vos". The text is folded
before any rule reads it: accents and the tilde of "ñ" are taken away (so every word below is written
without them: "dano", "ninos", "contrasena"), and the short forms are written out ("xq" is "porque").

Spanish marks the person on the verb and puts the reader in a clitic: "me pega" (he hits me) is a
whole report, with no subject, while "me pego con la mesa" is a knock on a table and "me muero de
risa" a laugh. So most rules start at the clitic ("me", "le ... a mis hijos"), guards after the verb
keep the everyday senses quiet ("me pego la gripa", "me corte picando cebolla"), harmless phrases are
blanked before any rule reads ("me muero de ganas", "me mata el calor", "en la serie ..."), and a
negation right before the clitic ("no me pega", "nunca me ha pegado") stops a rule. Where text
without accents cannot say who acted ("me quemo con un cigarro": he burned me, or I burn myself),
both offers are made.

The pattern language is described in ``engine.py``. An entry list is written as one string, entries
separated by commas.
"""

from __future__ import annotations

from .engine import PhraseTable, Rule


def _entries(text: str) -> tuple[str, ...]:
    """Entries separated by commas; a line break inside an entry is a space."""
    return tuple(" ".join(e.split()) for e in text.split(",") if e.strip())


def _ar(*stems: str) -> str:
    """The forms of regular -ar verbs that say someone else did it (or does, or has done it), as
    an entry list: "golpe" -> golpea, golpean, golpeo (golpeó), golpeaba, golpearon, golpeado..."""
    endings = ("a", "an", "o", "aba", "aban", "aron", "ado", "ada", "ando", "ar")
    return ", ".join(stem + ending for stem in stems for ending in endings)


LEXICONS: dict[str, str] = {
    # ---- the words a gap never crosses: a negation, a new clause
    "gap_stops": """no, nunca, jamas, ni, tampoco, pero, porque, aunque, sino, cuando, mientras, luego,
        despues""",
    # ---- the words a typo may be read as (five letters or more)
    "slips": """suicidio, suicidarme, suicidar, suicida, matarme, morirme, quitarme, ahorca, ahorco,
        ahorcarme, estrangulo, estrangula, estrangular, asfixia, asfixio, golpea, golpeo, golpes,
        golpiza, paliza, cachetada, bofetada, patada, empujo, empuja, amenaza, amenazo, amenazas,
        cuchillo, pistola, contrasenas, contrasena, permiso, celular, moretones, violencia, violo,
        obliga, obligo, forzo, autolesion, cortarme, pastillas, despertar, viviendo, aterrada,
        aterrado, miedo""",
    # ---- people
    "relation": """pareja, novio, novia, esposo, esposa, marido, mujer, ex, expareja, exnovio, exnovia,
        exesposo, exesposa, exmarido, ex novio, ex novia, ex esposo, ex esposa, ex marido, ex pareja,
        chico, chica, viejo, vieja, senor, senora, hombre, compañero, companero, companera, jevo, jeva,
        man, bf, gf, papa, padre, padrastro, mama, madre, madrastra, hermano, hermana, hijo, hija, tio,
        tia, primo, prima, abuelo, abuela, suegro, suegra, cunado, cunada, jefe, jefa, roomie,
        companero de cuarto, amigo, amiga, vecino, vecina, pololo, polola, enamorado, enamorada,
        prometido, prometida, concubino, concubina, marido de mi, papa de mis hijos, mama de mis hijos,
        padre de mis hijos, madre de mis hijos""",
    "det": "mi, su, tu, el, la, un, una, este, esta, ese, esa",
    "agent": "el, ella, ellos, @det @relation",
    "neg": "no, nunca, jamas, ni, tampoco",
    "children": """ninos, nina, nino, ninas, hijos, hijo, hija, hijas, nenes, nene, nena, bebe, bebes,
        chamacos, chamacas, chiquitos, peques, crios, chicos, chavos, morros, cabros, guaguas, pelados,
        perro, perros, perrita, perrito, gato, gatos, gatito, mascota, mascotas""",
    # Someone in the reader's care or home, after "a": "le pega a mis hijos".
    "dependant": """mis @children, mi @children, los @children, las @children, la @children, el @children,
        nuestros @children, nuestro @children, nuestra @children, su @children, sus @children,
        mi mama, mi madre, mi hermana, mi hermano, mi abuela""",
    # Between the clitic and the verb: "me ha pegado", "me volvio a pegar", "me intento ahorcar".
    "aux": """ha, han, habia, habian, ha vuelto a, volvio a, vuelve a, volvia a, intento, intenta,
        intentaba, trato de, trata de, trataba de, quiso, quiere, queria, empezo a, empieza a, suele,
        solia, llego a, acaba de, acababa de, se atrevio a, siempre, ya, otra vez, de nuevo""",
    # ---- what is done to the reader (the forms that say someone else did it)
    "hit3": _ar("peg", "golpe", "madre", "cachete", "abofete", "pate", "empuj", "zarande", "jalone",
                "zamarre", "apale", "maltrat", "cascare", "chingadaze") + """,
        sacudio, sacude, sacudia, agredio, agrede, agredia, agredido, agredida, agredir""",
    # A past tense without its accent is also the first person present ("pego": he hit / I stick):
    # these words after the verb say it is not a blow.
    "hit_guard": """un susto, una llamada, un grito, un grito de, la gripa, la gripe, el resfriado, la
        cancion, un chicle, el chicle, el sol, una siesta, un bano, una ducha, una vuelta, una escapada,
        con la mesa, con la puerta, con el mueble, con la esquina, a la pelota, a la pared de, de
        alegria, en el dedo, en la rodilla, en el codo, en el pie, con el, con la, con mi, un tiro en
        el pie, los mocos, las pulgas, los piojos, la costumbre, la mania, el acento, la risa, mucho,
        duro, fuerte el""",
    "blow": """cachetada, cachetadas, bofetada, bofetadas, punetazo, punetazos, patada, patadas, golpiza,
        golpizas, paliza, palizas, golpe, golpes, madrazo, madrazos, chingadazo, chingadazos, trancazo,
        trancazos, cachetadon, cachetadones, guamazo, guamazos, putazo, putazos, manotazo, manotazos,
        empujon, empujones, codazo, codazos, rodillazo, rodillazos, cabezazo, cabezazos, sopapo,
        sopapos, hostia, hostias, ostia, ostias, tortazo, tortazos, bofeton, bofetones, cachetazo,
        cachetazos, zape, zapes, golpe en la cara, golpe en la cabeza""",
    "blows": """golpes, patadas, cachetadas, madrazos, trancazos, punetazos, punos, palos, chingadazos,
        putazos, bofetadas, empujones, cintarazos, cinturonazos, cachetadones""",
    "body": """cara, cabeza, brazo, brazos, cuello, garganta, estomago, panza, costillas, espalda, pecho,
        pierna, piernas, muneca, munecas, pelo, cabello, ojo, ojos, boca, nariz, labio, labios,
        mandibula, quijada, hombro, hombros, mano, manos, dedos, rodilla, rodillas, cuerpo, oreja,
        orejas, diente, dientes, cintura, costado, frente, muslos, nalgas""",
    "body_grip": """brazo, brazos, muneca, munecas, pelo, cabello, pelos, cara, hombros, hombro,
        mandibula, quijada, cuello, garganta, pierna, piernas, cintura, ropa, blusa, camisa, oreja""",
    "thrown": """plato, platos, vaso, vasos, silla, sillas, celular, telefono, botella, botellas, zapato,
        zapatos, cosas, control, libro, cenicero, plancha, lampara, taza, tazas, cuchillo, tenedor,
        piedra, piedras, olla, sarten, llaves, mesa""",
    "marks": """moretones, moreton, moretes, morete, morados, marcas, ojo morado, ojo negro, ojo
        moreteado, cardenales, cardenal, hematomas, hematoma, chichon, chichones, labio partido, nariz
        rota, costilla rota, costillas rotas, cicatrices, rasgunos, aranazos""",
    "broken": """la nariz, el labio, una costilla, las costillas, el brazo, un brazo, un diente, los
        dientes, la boca, la cara, la mandibula, la ceja, la cabeza, un dedo, el dedo""",
    # ---- strangling
    "choke3": _ar("ahorc", "estrangul", "asfixi", "sofoc") + """, ahorque, estrangule, ahorcarme,
        estrangularme, asfixiarme, sofocarme, ahogarme""",
    "neck": "cuello, garganta, pescuezo, tráquea, traquea",
    # ---- weapons
    "weapon": """cuchillo, cuchillos, navaja, navajas, pistola, pistolas, arma, armas, machete, machetes,
        cuchilla, cuchillas, revolver, escopeta, rifle, fusil, tijeras, bate, fierro, hacha, cuerno de
        chivo, cuete, fusca, puñal, punal, desarmador, destornillador, martillo, tubo, varilla""",
    "struck_with": """@weapon, cinturon, cinto, correa, palo, botella, silla, sarten, plancha, cable,
        cuerda, zapato, chancla, manguera, piedra, ladrillo, lampara, escoba, trapeador, control,
        celular, telefono, puno, punos, vara, fuete, chicote, latigo""",
    # ---- sex
    "sex": """tener relaciones, tener sexo, hacer el amor, acostarme con el, acostarme con ella,
        acostarme, coger, cogerme, tener intimidad, hacerlo, cosas en la cama, cosas sexuales, sexo,
        relaciones, sexo oral, sexo anal, ver porno, mandarle fotos, mandar fotos, fotos desnuda, fotos
        desnudo, fotos intimas, el pack, mandarle el pack, tocarlo, tocarla, desnudarme, cosas que no
        quiero, hacer cosas que no quiero, cosas que no me gustan, un trio""",
    "force3": _ar("oblig", "presion", "chantaje", "forz") + """, fuerza, fuerzan, forzo, obliga, insiste,
        insistio, insistia, exige, exigio, exigia, hace, hizo, hacia, manipula, manipulo""",
    # ---- threats
    "harm_inf": """matar, matarme, matarnos, matarte, pegar, pegarme, golpear, golpearme, partir la cara,
        partirme la cara, romper la cara, romperme la cara, romper la madre, partir la madre, partirme
        la madre, romperme la madre, desfigurar, desfigurarme, quemar, quemarme, hacer dano, hacerme
        dano, hacerles dano, lastimar, lastimarme, lastimarlos, desaparecer, desaparecerme, enterrar,
        enterrarme, apunalar, apunalarme, acuchillar, balear, balearme, disparar, dispararme, ahorcar,
        ahorcarme, ahogar, ahogarme, destruir, destruirme, encontrar, encontrarme, buscar, buscarme,
        quitar la vida, quitarme la vida, arruinar la vida, arruinarme la vida, mandar matar, mandarme
        matar, echar acido, echarme acido, quemar la casa, ir peor, pasar algo, pase algo, arrepentir,
        arrepentirme""",
    "threat_victim": "me, nos, te, a mi, a mis @children, a los @children, a mi familia, a mi @relation",
    "images": """fotos, videos, video, fotografias, imagenes, nudes, packs, pack, fotos intimas, videos
        intimos, fotos desnuda, fotos desnudo, mis fotos, capturas, conversaciones""",
    # ---- control
    "device": """celular, cel, telefono, movil, mensajes, whatsapp, whats, wasap, chats, chat, correo,
        correos, email, mail, facebook, face, instagram, insta, redes, redes sociales, tiktok, cuentas,
        cuenta, llamadas, historial, conversaciones, contactos, fotos, galeria, bolsa, bolso, cartera,
        mochila, computadora, compu, laptop, ordenador, diario, libreta, ropa, bolsillos, cajones, cosas""",
    "inspect3": _ar("revis", "chec", "chequ", "husme", "monitor", "rastre", "vigil", "esculc", "fisg",
                    "control") + """, espia, espio, espiaba, espiado, lee, leyo, leia, leido, registra,
        registro, registraba, mira, miraba, hackea, hackeo, hackeaba, se mete en, se metio en, se mete a,
        se metio a, entra a, entro a, entra en, entro en, agarra, agarro""",
    "passwords": """contrasenas, contrasena, claves, clave, password, passwords, pin, codigo, codigos,
        patron, huella, contra""",
    "money_docs": """dinero, sueldo, salario, quincena, paga, lana, plata, pasta, tarjeta, tarjetas,
        tarjeta de credito, tarjeta de debito, ahorros, cuenta del banco, cuenta de banco, pasaporte,
        papeles, documentos, identificacion, ine, dni, cedula, visa, credencial, licencia, llaves, llaves
        del carro, llaves del coche, carro, coche, celular, telefono, movil, medicinas, medicamentos,
        pastillas, cartera, chip, cargador, lentes""",
    "outing": "gay, lesbiana, bisexual, bi, trans, puto, joto, marica, tortillera",
    "activity": """salir, ver a, ver mis, ver mi, hablar con, trabajar, estudiar, tener dinero, tener
        amigos, tener amigas, tener celular, ir al, ir a, ir sola, ir solo, usar el, usar mi, ponerme,
        vestirme, visitar, manejar, llamar a, ver a mis, ver a mi, ver a nadie, hablar con nadie,
        salir sola, salir solo, dormir, comer, bañarme, banarme, cortarme el pelo, pintarme, maquillarme,
        tener redes, tener facebook, tener instagram, abrir, cerrar la puerta, votar, ir a la iglesia,
        ir a misa, ir a terapia, ir al doctor, ir al medico, tomar mis medicinas, tener mi propio""",
    "people": """mis amigas, mis amigos, mi familia, mis papas, mis padres, mi mama, mi papa, mi madre, mi
        padre, mis hermanas, mis hermanos, mi hermana, mi hermano, mis hijos, nadie, todos, todo el
        mundo, la gente, mis companeros, mis companeras, mi mejor amiga, mi mejor amigo, mis vecinos,
        mis primas, mis primos""",
    "insult": """inutil, estupida, estupido, puta, zorra, perra, gorda, gordo, fea, feo, loca, loco,
        basura, una basura, una mierda, mierda, idiota, pendeja, pendejo, tonta, tonto, imbecil,
        inservible, fracasada, fracasado, una fracasada, un fracasado, mala madre, una mala madre, mal
        padre, un mal padre, un estorbo, un asco, asquerosa, asqueroso, cualquiera, una cualquiera,
        bruta, bruto, burra, burro, retrasada, retrasado, mensa, menso, babosa, baboso, una mantenida,
        mantenida, golfa, guarra, histerica, exagerada, nadie, nada, una nada, poca cosa""",
    # ---- fear
    "fear_adj": """miedo, panico, terror, aterrada, aterrado, asustada, asustado, espantada, espantado,
        atemorizada, atemorizado, horrorizada, horrorizado, cagada de miedo, cagado de miedo""",
    # ---- crisis
    "want": """quiero, quisiera, queria, deseo, desearia, necesito, voy a, iba a, pienso, pense en, pienso
        en, he pensado en, estoy pensando en, estaba pensando en, pensando en, tengo ganas de, me dan
        ganas de, me dieron ganas de, ganas de, tengo que, me gustaria, prefiero, preferiria, planeo,
        estoy planeando, decidi, he decidido, ya decidi, tentada de, tentado de, a punto de, intente,
        trate de, intento, con ganas de, solo quiero, ya quiero, nomas quiero, de verdad quiero, me
        urge""",
    "me_want": """me quiero, me quisiera, me voy a, me iba a, me pienso, me dan ganas de, me dieron ganas
        de, me tengo que, me gustaria, me deberia, me queria, me tendria que, me puedo, me podria""",
    "kill_self": """matarme, suicidarme, quitarme la vida, acabar con mi vida, terminar con mi vida,
        ahorcarme, colgarme, envenenarme, pegarme un tiro, darme un tiro, volarme la cabeza, cortarme
        las venas, desaparecer para siempre, dejar de existir, dejar de vivir, morirme, morir, no
        existir, no despertar, no despertar nunca, no despertar mas, dormir para siempre, dormirme para
        siempre, no estar aqui, no estar viva, no estar vivo, no vivir, no seguir viviendo, estar
        muerta, estar muerto, acabar con todo, terminar con todo, irme de este mundo, quitarme de en
        medio, matarme ya, morirme ya, desaparecer del mundo""",
    "high_place": """puente, edificio, ventana, balcon, azotea, techo, metro, tren, vias, via, carro,
        camion, coche, auto, acantilado, barranco, precipicio, segundo piso, tercer piso, ultimo piso,
        piso, barranca, risco, presa, rio, mar, trafico, autopista, carretera, periferico, viaducto""",
    "means": """pastillas, pastilla, medicinas, medicamentos, pildoras, clonazepam, rivotril, paracetamol,
        tylenol, ibuprofeno, aspirinas, somniferos, antidepresivos, insulina, veneno, raticida, cloro,
        cuerda, soga, lazo, mecate, navaja, navajas, cuchillas, gillette, arma, pistola, balas""",
    "target": """lo, la, los, las""",
}

SPELLINGS: tuple[tuple[str, str], ...] = (
    # Accents are optional: the table is written without them (and without the tilde of "ñ").
    (r"[\u0300-\u036f]", ""),
    (r"[áàâä]", "a"), (r"[éèêë]", "e"), (r"[íìîï]", "i"), (r"[óòôö]", "o"), (r"[úùûü]", "u"), (r"ñ", "n"),
    (r"[¿¡\"\u201c\u201d\u00ab\u00bb]", " "),
    # Short forms typed in a hurry.
    (r"\bx ?q\b|\bxk\b|\bpq\b|\bporq\b|\bpk\b|\bporke\b", "porque"),
    (r"\bx\b", "por"),
    (r"\bq\b|\bk\b|\bke\b", "que"),
    (r"\bk(?=[ei])", "qu"),
    (r"\bpa q\b|\bpa que\b|\bpa ke\b", "para que"),
    (r"\bpa\b", "para"),
    (r"\b(?:tb|tmb|tmbn)\b", "tambien"),
    (r"\bs?toy\b", "estoy"),
    (r"\bsta\b", "esta"),
    (r"\baki\b", "aqui"),
    (r"\bd\b", "de"),
    (r"\bpo\b", "pues"),
    (r"\bps\b", "pues"),
    (r"\bporfa\b|\bxfa\b|\bxfavor\b", "por favor"),
    (r"\bmi\s*bf\b", "mi novio"),
    (r"\bmi\s*gf\b", "mi novia"),
    (r"\bwey\b|\bguey\b|\bwe\b|\bgüey\b", "wey"),
    (r"\bnomas\b|\bno mas\b(?= (?:quiero|me|de|que))", "solo"),
)

# Everyday senses blanked before any rule reads the sentence.
HARMLESS = (
    # Dying and killing as a figure of speech.
    "{muero|muere|mueren|morir|morirme|morirse|moria|moriamos|muriendo|muriendome|muerta|muerto|morimos|"
    "murio|muera|muriera|moriria|morire} {de|del} {la}? {risa|risas|hambre|sueno|frio|calor|verguenza|pena|"
    "ganas|aburrimiento|amor|nervios|envidia|ternura|cansancio|sed|curiosidad|emocion|gusto|flojera|"
    "panza|celos|miedo|susto|viejo|vieja|viejos|un infarto de risa|la risa|la verguenza|la pena|la "
    "emocion|la ansiedad}",
    "{muero|muere|morir|morirme|moria|muriendo} por {verte|ver|ir|saber|comer|probar|conocer|que|un|una|"
    "el|la|los|las|tu|tus|su|sus|estar|tener|abrazarte|besarte}",
    "para morirse", "de muerte", "{susto|sustos} de muerte", "{esta|estuvo|estaba} de muerte",
    "{me mata|me matan|me mato|me matas|me mataste|me esta matando|me estan matando|me estas matando} "
    "{el|la|los|las|de|con|tu|tus|su|sus|esa|ese|este|esta|estos|estas} {calor|frio|espera|curiosidad|"
    "risa|ternura|sueno|hambre|cansancio|trafico|tarea|tareas|trabajo|examenes|zapatos|tacones|pies|"
    "espalda|cabeza|chiste|chistes|ocurrencias|comentarios|memes|outfit|foto|fotos|cancion|gol|partido|"
    "final|capitulo|serie|suspenso|intriga|ansiedad|incertidumbre|dolor de}",
    "{este|ese|el|mi|la|esta|esa} {trabajo|jefe|jefa|calor|frio|trafico|tarea|examen|semestre|gym|gimnasio|"
    "dieta|rutina|cansancio|dolor|horario|escuela|universidad|proyecto|zapatos|gol|partido|chiste|final} "
    "~2 {me mata|me esta matando|me mato|me matan|me estan matando|me va a matar}",
    "{mi|tu|su} {mama|mami|madre|papa|papi|padre|jefe|jefa|maestra|maestro|profe|abuela|abuelo|hermana|"
    "hermano|tia|tio|suegra|suegro|entrenador|coach|casero|casera} ~3 {me va a matar|me mata|me matara|me "
    "iba a matar|me mataria|nos va a matar|nos mata}",
    "{me|nos|se} {mato|matamos|mataron|matan|mata} {trabajando|estudiando|de risa|corriendo|entrenando|en "
    "el gym|en el gimnasio|haciendo ejercicio|a trabajar|a estudiar|por nada|por ti|por mis hijos}",
    "{matar|matamos|matando|mate} el {tiempo|rato|hambre|antojo|aburrimiento|gusanito}",
    "{mi|mis} {mama|mami|madre|papa|papi|padre|papas|padres|abuela|abuelo|jefe|jefa|maestra|maestro} no "
    "me {deja|dejan|dejaba|dejaban|dejo|dejaron|dejara}",
    "{matar|mate|matamos|mataste|mato} dos pajaros de un tiro",
    "{matar|mate|mato|mataste} {el|un|al|a un|a una|una|los|las} {mosquito|mosquitos|zancudo|zancudos|"
    "mosca|moscas|cucaracha|cucarachas|arana|aranas|bicho|bichos|hormigas|pulgas|chinches|raton|plantas|"
    "planta|personaje|zombie|zombies|jefe final}",
    "{se|me} {murio|muere|muero|mueren} {el|la|mi} {celular|cel|telefono|bateria|pila|compu|laptop|"
    "computadora|carro|coche|wifi|internet|planta|plantas|conversacion|chat}",
    "{ya no|no} {puedo|aguanto|soporto} {mas}? {con}? {el|la|los|las|tanto|tanta|tantos|tantas|este|esta|"
    "estos|estas|mi|mis} {calor|frio|tarea|tareas|trabajo|examenes|trafico|tacones|zapatos|sueno|hambre|"
    "dieta|suegra|jefe|jefa|ruido|vecinos|semestre|cansancio|dolor de}",
    # Hitting, pushing, throwing in everyday senses.
    "{el|la|este|ese|esta|esa} {sol|lluvia|viento|noticia|frio|calor|cancion|musica|alcohol|cerveza|"
    "tequila|vino|depre|tristeza|ansiedad|realidad|cruda|resaca|granizo|ola|olas|bajon} ~1 {me|nos|le} "
    "{pega|pego|pegaba|golpea|golpeo|golpeaba|pegan|golpean|sacudio|sacude|dio duro|pego duro}",
    "{le|les|nos} {pegue|pegamos|pego|pega|pegaron|pegan|pegaba} ~2 {una llamada|un telefonazo|un "
    "grito|un susto|una visita|una vuelta|un mensaje|la gripa|la gripe|el resfriado|a la pelota|al "
    "balon|a la bola|una siesta}",
    "se me {pego|pega|pegaba|pegaron|pegan} ~3",
    "{me|nos} {tire|tiro|tiramos|avente|avento|aventamos|lance|lanzo|lanzamos} {a|en|al|sobre} {la|el}? "
    "{alberca|piscina|agua|mar|rio|lago|sillon|sofa|cama|pasto|arena|hamaca|colchon|suelo a llorar}",
    "{me|nos|lo|la} {agarro|agarra|agarraba|tomo|toma} de la mano",
    "{jugamos|jugar|juega|jugaban|juegan} ~3 {luchitas|a pelear|a las luchas|boxeo|box|karate|judo}",
    # Choking on food and on a busy life.
    "{me|se|nos} {ahogo|ahogue|ahogaba|ahoga|ahogamos|atragante|atraganto} {en un vaso de agua|con el "
    "agua|con agua|con la comida|con una|con un|con el|con la|comiendo|de risa|en mis|en llanto|en "
    "lagrimas|en deudas|en problemas|en el trabajo|en la ansiedad|en tareas|en pendientes}",
    "{el|la|este|esta|tanto|tanta|mi} {trafico|calor|trabajo|rutina|ciudad|presion|humo|deuda|deudas|"
    "escuela|tarea|ansiedad|tristeza|encierro|corbata|ropa|camisa|collar|bufanda|cuello de la camisa|"
    "mascarilla|cubrebocas|pendientes} ~1 me {asfixia|asfixian|ahoga|ahogan|aprieta|aprietan}",
    "me {falta|faltaba|quede sin|quedo sin} {el}? aire {de tanto|cuando|al|por|subiendo|corriendo}",
    # News, fiction, lessons and classes: what a story or a report says, not what happened to the reader.
    "{en|de|sobre|vi|vimos|lei|leimos|leyendo|viendo} {la|el|una|un|las|los|esta|esa|este|ese} "
    "{pelicula|peli|serie|novela|libro|noticia|noticias|articulo|documental|cancion|episodio|capitulo|"
    "juego|videojuego|obra|cuento|historia de ficcion|telenovela|novela turca|podcast|reportaje|nota} "
    "...10",
    "{en|de} las noticias ...10", "{el|la} {personaje|protagonista|villano|asesino|actor|actriz} ...8",
    "{prevencion|estadisticas|tasa|tasas|dia mundial|campana|taller|charla|clase|curso|platica|"
    "conferencia|tema|temas|sobre|acerca} {de|del|de la|contra|para prevenir|sobre}? {el|la|los|las}? "
    "{suicidio|suicidios|violencia|abuso|abusos|maltrato|autolesiones|autolesion|feminicidios|"
    "feminicidio} {domestica|de genero|intrafamiliar|sexual|infantil}?",
    "{escuadron|ataque|atentado|bombardero|mision} {suicida|suicidas}",
    # Breaking up as a threat is not a threat of harm.
    "{amenaza|amenazo|amenazaba|amenazan|amenazando|amenazarme} con {dejarme|terminar|terminarme|irse|"
    "cortarme|no hablarme|bloquearme|renunciar|llorar|cambiarse|mudarse|no venir|no ir|enojarse|"
    "dejar de hablarme|lluvia|llover|tormenta}",
    "{amenaza|amenazan} {de}? {lluvia|tormenta|huracan|tormentas|frente frio|helada}",
    "me corto {el|la|las|los} {pelo|cabello|fleco|unas|barba|llamada|rollo|inspiracion|buena onda|"
    "conversacion|plan|telefono|cable|luz|agua|internet}",
)

R = Rule

_NEG = "<!{no|nunca|jamas|ni|tampoco}"
_ME = f"{_NEG} me @aux*"

RULES: tuple[Rule, ...] = (
    # ================================================================ crisis: suicide
    R("suicide", "{suicidio|suicidarme|suicidarse|suicidarte|suicidar|suicida|suicidas|suicidandome|"
                 "suicidaria|suicidare|suicide|suicidal|autoeliminarme|autoeliminacion}"),
    R("suicide", "<!{no} {@want|@me_want} ~1 @kill_self !{de|del|con la|por|a las|temprano|antes|tarde|"
                 "en el|en la|en mi trabajo|en este trabajo|en esta ciudad|aqui en|con ellos|con ella|con "
                 "el|hasta|jugando|el pelo}"),
    R("suicide", "{@me_want|<!no me} {matar|suicidar|morir|colgar|ahorcar|envenenar|quitar la vida|tirar "
                 "{de|del|por|al|a las|bajo|desde} ~1 @high_place|aventar {de|del|por|al|a las|bajo|desde} "
                 "~1 @high_place|lanzar {de|del|por|al|a las|bajo|desde} ~1 @high_place|cortar las venas} "
                 "!{de|del|trabajando|estudiando|con la|jugando|a estudiar|a trabajar|de risa|en el gym}"),
    R("suicide", "{me mato|me quiero matar|me voy a matar|me voy a suicidar|me quiero suicidar|me quiero "
                 "morir|me kiero morir} {$|ya|hoy|esta noche|de verdad|neta|en serio|si|porque|no aguanto|"
                 "ya no|mejor|por}"),
    R("suicide", "{tirarme|aventarme|lanzarme|arrojarme|tirar|aventar|lanzar|arrojar|tire|avente|lance} "
                 "{de|del|por|al|a las|bajo|desde|frente al|frente a|enfrente del} {la|el|un|una|los|las}? "
                 "@high_place !{a la alberca|al agua|a nadar}"),
    R("suicide", "{ojala|quisiera|desearia|deseo|prefiero|preferiria|me gustaria|mejor|estaria mejor|"
                 "estarian mejor} ~2 {me muera|me muriera|me muriese|morirme|morir|estar muerta|estar muerto|"
                 "muerta|muerto|no haber nacido|no existir|no despertar|no despertara|desaparecer|me "
                 "muero|no estar} !{de|del|por|temprano|a los|tarde|la reunion|el examen|viejo|vieja}"),
    R("suicide", "{no quiero|ya no quiero|no quisiera|no tengo ganas de|ya no tengo ganas de|no deseo} "
                 "{vivir|seguir viviendo|seguir viva|seguir vivo|seguir aqui|seguir|estar aqui|estar "
                 "viva|estar vivo|existir|despertar|despertarme|volver a despertar|estar en este mundo|"
                 "seguir en este mundo|seguir con vida|estar en esta vida|levantarme nunca mas} !{en|con|"
                 "asi|temprano|a|al|a la|antes|tarde|al bebe|a los|trabajando|aqui en|en esta|sola|solo|"
                 "con el|con ella|viendo|esperando|mas tiempo en}"),
    R("suicide", "{sin|no tiene|no le encuentro|no le veo|no hay|ya no hay|no tengo|no encuentro|perdi} "
                 "~1 {sentido|razon|razones|motivo|motivos|caso|ganas} {a|de|para|en}? ~1 {vivir|seguir "
                 "viviendo|la vida|mi vida|seguir viva|seguir vivo|seguir aqui|seguir|levantarme|existir|"
                 "despertar|estar viva|estar vivo}"),
    R("suicide", "{no vale|ya no vale|no valgo} la pena {vivir|seguir|seguir viviendo|estar viva|estar "
                 "vivo|que siga|seguir aqui|existir}"),
    R("suicide", "{la vida|mi vida|vivir} {no vale|ya no vale|no tiene} ~1 {la pena|sentido} !{sin "
                 "{cafe|musica|chocolate|fiestas|viajes|tacos}}"),
    R("suicide", "{para que|porque|por que} {sigo|seguir|sigo yo|estoy} {viviendo|viva|vivo|aqui|con "
                 "vida|en este mundo|existiendo|respirando}"),
    R("suicide", "{pensamientos|ideas|ideacion|intento|intentos} {suicidas|suicida|de suicidio|de "
                 "matarme|de quitarme la vida|de morirme|de morir}"),
    R("suicide", "{se quiere|se va a|quiere|quiso|intento|trato de|habla de|hablaba de|piensa en|dice "
                 "que se quiere|dice que se va a} {matar|suicidar|morir|matarse|suicidarse|morirse|quitar "
                 "la vida|quitarse la vida|colgar|colgarse|ahorcarse|tirar de|tirarse de|tirarse del} "
                 "!{de risa|trabajando|estudiando|de hambre|de ganas|de calor|de frio|por verte|de la}"),
    R("suicide", "{formas|maneras|metodos|como|forma|manera} {de|para}? {matarme|suicidarme|morir sin "
                 "dolor|morirme|quitarme la vida|suicidarse|matarse|morir rapido}"),
    R("suicide", "{desaparecer|irme|dormir|dormirme} {para siempre|y no despertar|y no volver a "
                 "despertar|y que nadie me encuentre|y no volver nunca} !{de las redes|de aqui a la "
                 "playa|de vacaciones|a la playa|en la playa}"),
    R("suicide", "{ya no|no} {puedo|aguanto|soporto} {mas}? {$|con la vida|con mi vida|con esta vida|de "
                 "vivir|con todo esto|vivir asi|seguir asi|con este dolor|quiero morir|me quiero morir}"),
    R("suicide", "{kiero|quiero} morir"),
    R("suicide", "{tomarme|tomar|me voy a tomar|me quiero tomar|me tome|tragarme|me trague|me voy a tragar|"
                 "me quiero tragar} {todas|todo|el frasco|la caja|un monton de|un punado de|"
                 "todo el frasco de|"
                 "toda la caja de|todas las|todos los|todo el} ~2 @means !{de la semana|del dia|que me "
                 "receto|a sus horas|a tiempo|como me dijo}"),

    # ================================================================ crisis: indirect signs
    R("suicide_indirect", "{todos|todo el mundo|mi familia|mis hijos|mis papas|ellos|la gente|el mundo|"
                          "estarian|estaria|estarias} {estarian|estaria|estaran|vivirian|serian|seria}? "
                          "{mejor|mas felices|mas tranquilos|en paz} {sin mi|si no estuviera|si yo no "
                          "estuviera|si me muero|si me muriera|cuando me vaya|si desaparezco|si "
                          "desapareciera}"),
    R("suicide_indirect", "{nadie|a nadie|ni} {me extranaria|me extranaria si|notaria|notaria si|le "
                          "importaria|le importaria si|se daria cuenta|se daria cuenta si|me va a extranar|"
                          "me echaria de menos|lloraria} ~4 {muero|muriera|desaparezco|desapareciera|me "
                          "voy|me fuera|no estoy|no estuviera|me mato|me matara}"),
    R("suicide_indirect", "{soy|me siento|me he vuelto|solo soy|siento que soy|no soy mas que} {una|un}? "
                          "{carga|estorbo|peso|lastre|molestia|problema} {para|a}? ~2 {todos|todo el "
                          "mundo|mi familia|los demas|mis hijos|mis papas|ellos|$|nadie|mi pareja}"),
    R("suicide_indirect", "{ya no|pronto no|no} {voy a|vas a|van a|tendran que|tendras que} ~2 {ser|estar|"
                          "aguantarme|soportarme|preocuparse por mi|verme|saber de mi} ~3 {carga|"
                          "problema|estorbo|molestia|aqui|por mucho tiempo|mucho tiempo|mas|nunca mas} "
                          "!{de vacaciones|en la oficina|en casa|manana|el fin|esta semana|porque me "
                          "voy de|porque me mudo|trabajando}"),
    R("suicide_indirect", "{carta|cartas|nota|notas|mensaje|mensajes} {de despedida|para despedirme}"),
    R("suicide_indirect", "{me despedi|despedirme|me estoy despidiendo|me despido} {de todos|de todo el "
                          "mundo|de mi familia|de mis hijos|de todos a mi manera|para siempre|del mundo}"),
    R("suicide_indirect", "{deje|dejo|escribi|escribo|estoy escribiendo|dejando} ~3 {cartas|carta|notas|"
                          "nota} {para|a} ~2 {mis hijos|mi familia|todos|mis papas|mi mama|mi hija|mi hijo|"
                          "las personas que quiero|cada uno} ~4 {por si acaso|por si algo|cuando me vaya|"
                          "despedida|$|para cuando}"),
    R("suicide_indirect", "{regale|regalando|estoy regalando|regalo|voy a regalar|di|estoy dando} {todas}? "
                          "{mis cosas|todo lo mio|mis pertenencias|mi ropa|mis libros|mis joyas|mis "
                          "ahorros|mi guitarra|mis discos|todo lo que tengo} !{a la caridad|al bazar|a "
                          "la iglesia|porque me mudo|porque me voy a mudar|para la mudanza|que ya no uso|"
                          "que no uso|viejas|vieja}"),
    R("suicide_indirect", "{ya no|no} {voy a|vamos a} {necesitar|ocupar|usar} {mis cosas|nada|esto|eso|"
                          "estas cosas|mi ropa|mis cosas donde voy|nada de esto}"),
    R("suicide_indirect", "{juntando|guardando|acumulando|escondiendo|guarde|junte|escondi|tengo|acumule} "
                          "~2 {pastillas|pildoras|medicinas|somniferos|clonazepam|rivotril|paracetamol|"
                          "insulina|veneno} !{de la presion|del doctor para|para el viaje|para las "
                          "vacaciones|en la cocina|en el botiquin|para la gripa|para el dolor|por si "
                          "me enfermo}"),
    R("suicide_indirect", "{pastillas|pildoras} {guardadas|escondidas|juntadas|listas|ahorradas} "
                          "!{en la cocina|en el botiquin}"),
    R("suicide_indirect", "{compre|consegui|tengo|ya tengo|busque|encontre} {una|la}? {cuerda|soga|lazo|"
                          "mecate|pistola|arma|veneno|raticida|carbon} {$|para|y|ya}"),
    R("suicide_indirect", "{ya}? {tengo|hice|tengo hecho|hice un} {un}? {plan|planeado|todo planeado} "
                          "{$|para {hacerlo|matarme|morir|irme|acabar}|y se como|para el}"),
    R("suicide_indirect", "{ya se|se|decidi|he decidido|elegi|escogi|tengo claro|pense} {como|cuando|"
                          "donde|el dia|la fecha|el lugar|la hora} {lo voy a hacer|hacerlo|voy a hacerlo|"
                          "$|para hacerlo}"),
    R("suicide_indirect", "{hoy|esta noche|manana|este fin} {es|sera} {el dia|la noche} $"),
    R("suicide_indirect", "{esta|este|ese} {es|sera|fue} {mi|el} {ultima|ultimo} {entrada|mensaje|nota|"
                          "post|publicacion|carta|palabras} !{del dia|de hoy|por hoy|antes de|hasta|del "
                          "ano|del mes|de la semana}"),
    R("suicide_indirect", "{cuantas|cuantos} {pastillas|pildoras|clonazepam|paracetamol|somniferos} ~4 "
                          "{morir|matarme|matan|mata|no despertar|letal|es mortal|sobredosis}"),
    R("suicide_indirect", "{dosis|cantidad} {letal|mortal}"),
    R("suicide_indirect", "{no creo|dudo|no se si} {que}? {llegue|llego|voy a llegar|siga aqui|siga viva|"
                          "siga vivo|este aqui|vaya a estar} {a|para|en|hasta} ~1 {navidad|mi cumpleanos|"
                          "fin de ano|ano nuevo|el otro ano|el proximo ano|el verano|la semana que viene|"
                          "manana|diciembre|la boda}"),
    R("suicide_indirect", "{ya no|no} voy a estar {aqui|aca|mucho tiempo|por mucho tiempo|mucho mas} "
                          "!{en la oficina|trabajando|en casa|de vacaciones|porque me mudo|porque me voy|"
                          "el lunes|el fin|esta semana|manana}"),
    R("suicide_indirect", "{pronto|en poco} {ya no|no} {voy a estar|estare|estaremos}"),
    R("suicide_indirect", "{cuando|si} {me vaya|me muera|ya no este|no este|me pasa algo|me llega a pasar "
                          "algo|algo me pasa} {cuiden|cuida|cuidaran|cuidar|que cuiden|que alguien cuide} "
                          "!{la casa|las plantas|mientras}"),
    R("suicide_indirect", "{arregle|arreglando|arreglar|deje en orden|dejando en orden|puse en orden} "
                          "{mis cosas|todo|mis asuntos|mis papeles} {para cuando|por si|antes de irme} "
                          "!{de vacaciones|del viaje|la mudanza}"),
    R("suicide_indirect", "{hice|escribi|hago|estoy haciendo|termine} {mi|un} testamento"),
    R("suicide_indirect", "{quiero|necesito|ojala} {que}? {todo|el dolor|esto|esta vida|todo esto|mi vida} "
                          "{termine|acabe|pare|se acabe|se termine} {para siempre|de una vez|ya para "
                          "siempre}"),
    R("suicide_indirect", "{quiero|quisiera} {dormir|dormirme|descansar} {para siempre|eternamente|y no "
                          "despertar}"),
    R("suicide_indirect", "{cansada|cansado|harta|harto|agotada|agotado} {de} {luchar|vivir|seguir "
                          "viviendo|intentarlo|fingir|seguir|estar viva|estar vivo|existir|esta vida}"),
    R("suicide_indirect", "{me canse|ya me canse|me he cansado|estoy cansada|estoy cansado|estoy harta|estoy "
                          "harto} de {vivir|luchar|seguir|existir}"),
    R("suicide_indirect", "{no quiero|ya no quiero|ya no puedo} {luchar|pelear} {mas}? {$|con la vida|"
                          "contra todo|por vivir}"),
    R("suicide_indirect", "{me rindo|ya me rindo|me rendi} {$|con la vida|de vivir|ya no puedo|ya no "
                          "aguanto|con todo}"),
    R("suicide_indirect", "{adios|chao|bye} {a todos|mundo|para siempre|a todo el mundo|mundo cruel} "
                          "!{hasta|nos vemos|los veo|me voy a dormir|me voy de}"),
    R("suicide_indirect", "{perdonenme|perdoname|perdon} ~3 {adios|por todo lo que hice $|por irme|por "
                          "lo que voy a hacer}"),
    R("suicide_indirect", "{ya tome|tome|he tomado} la decision $"),
    R("suicide_indirect", "{ya no tiene|no tiene} caso {seguir|vivir|seguir viviendo|seguir aqui} "
                          "!{intentando|insistiendo|con|hablando|esperando|en}"),
    R("suicide_indirect", "{desaparecer|irme} y que nadie {me encuentre|sepa de mi|me busque}"),

    # ================================================================ crisis: self-harm
    R("self_harm", "{autolesion|autolesiones|autolesionarme|autolesiono|autolesione|autolesionando|"
                   "autolesionandome|autolesionarse|autolesionado|autolesionada|autolesiona|autolesionaba|"
                   "autoagresion|autoagresiones|cutting|cutter|autoflagelo|autoflagelarme|cortes en los "
                   "brazos}"),
    R("self_harm", "<!{no|nunca|jamas|ya no} me {corto|corte|cortaba|he cortado|volvi a cortar|vuelvo a "
                   "cortar|sigo cortando|estoy cortando|hago cortes|hice cortes|hacia cortes} !{el pelo|el "
                   "cabello|el fleco|la barba|las unas|los pelos|las puntas|el bigote|la melena|la llamada|"
                   "la luz|el agua|el rollo|con una hoja|con un papel|con papel|con la hoja|picando|"
                   "cocinando|pelando|"
                   "rebanando|en la cocina|sin querer|por accidente|jugando|al caer|con una lata|con la "
                   "lata|rasurandome|afeitandome|con el abrelatas|con un vidrio sin|un dedo|el dedo|de "
                   "ustedes|de esta|de este|de la|del}"),
    R("self_harm", "{cortes|cortadas|marcas|cicatrices} {en|de} {los|las|mis|mi}? {brazos|piernas|munecas|"
                   "muslos|muneca|brazo|pierna|piel|panza} !{de la|del|por el|por la} "),
    R("self_harm", "{quiero|necesito|tengo ganas de|me dan ganas de|ganas de|volver a|voy a} {cortarme|"
                   "quemarme|lastimarme|hacerme dano|castigarme|rasgunarme|golpearme|autolesionarme|"
                   "hacerme cortes} !{el|la|las|los|jugando|en el gym|en el gimnasio|con la|por "
                   "accidente|haciendo}"),
    R("self_harm", "<!{no|nunca} {me hago|me hice|me sigo haciendo|me estoy haciendo|me vuelvo a hacer|me "
                   "volvi a hacer|me hacia|hacerme} {dano|danos} !{en|con|jugando|al|haciendo|comiendo|"
                   "tomando|por|trabajando|con tanto|de tanto|cuando como|si como}"),
    R("self_harm", "me {lastimo|lastime|hago dano|hice dano|corto|corte|queme|quemo|golpeo|golpee|pego|"
                   "pegue|rasguno|rasgune|muerdo|mordi|castigo} ~5 {a proposito|adrede|para sentir|hasta "
                   "sangrar|hasta sacarme sangre|hasta hacerme sangre|hasta que me duela|hasta que "
                   "sangre|para castigarme|cuando me siento asi|cuando me siento mal|para no sentir}"),
    R("self_harm", "me {queme|quemo|quemaba|quemo|he quemado} {con}? {un|el|los|unos|una}? {cigarro|"
                   "cigarros|cigarrillo|cigarrillos|encendedor|cerillos|fosforos|cerillo|plancha} "),
    R("self_harm", "me {rasguno|rasco|rasque|rasgune|arano|arane|muerdo|mordi|arranco|arranque|jalo} ~3 "
                   "{hasta sangrar|hasta sacarme sangre|hasta hacerme sangre|hasta que sangro|hasta "
                   "sangrarme|el pelo cuando|los pelos cuando|la piel hasta}"),
    R("self_harm", "me {pego|pegue|golpeo|golpee|doy golpes|di golpes|azoto|azote} ~3 {contra la pared|"
                   "la cabeza contra|a mi misma|a mi mismo|contra el piso|contra la puerta}"),
    R("self_harm", "{me castigo|castigarme|me castigue} {sin comer|no comiendo|dejando de comer|con hambre|"
                   "haciendome dano|cortandome|lastimandome|quemandome|golpeandome}"),
    R("self_harm", "{recai|volvi a recaer|tuve una recaida} ~3 {en el cutting|cortando|en cortarme|en las "
                   "autolesiones|y me corte|cortarme}"),
    R("self_harm", "{escondo|escondi|guardo|guarde|tengo} {una|las|unas|mis}? {navaja|navajas|cuchillas|"
                   "cuchilla|gillette|hojas de afeitar|sacapuntas|vidrios} {para|en|debajo|bajo}"),
    R("self_harm", "{llevo|tengo|tenia} ~4 {sin cortarme|sin hacerme dano|sin autolesionarme|limpia|"
                   "limpio} ~3 {recai|volvi|hoy me corte|pero hoy}"),
    R("self_harm", "{me hago|me hice|hacerme} dano a mi {misma|mismo}"),
    R("self_harm", "{se corta|se cortaba|se hace dano|se lastima|se quema|se autolesiona|se autolesionaba} "
                   "{los|las|a proposito|$|cuando|desde}"),

    # ================================================================ crisis: harming someone
    R("harm_others", "{quiero|quisiera|me dan ganas de|tengo ganas de|ganas de|voy a|iba a|pienso|siento "
                     "que voy a|estoy a punto de} {matarlo|matarla|matarlos|matar a|hacerle dano|"
                     "hacerles dano|lastimarlo|lastimarla|lastimar a|pegarle|golpearlo|golpearla|"
                     "ahorcarlo|ahorcarla|apunalarlo|apunalarla|romperle la cara|partirle la cara|"
                     "romperle la madre|partirle la madre|desaparecerlo|envenenarlo|envenenarla|"
                     "acuchillarlo|balearlo} !{de risa|a besos|a cosquillas|en el juego|en el partido|"
                     "al ajedrez|a las cartas|jugando|con mi|con la comida}"),
    R("harm_others", "{lo|la|los|las} {voy a matar|vamos a matar|mato|mataria|matare|matare|voy a "
                     "ahorcar|voy a acuchillar|voy a apunalar|voy a envenenar} !{de risa|a besos|a "
                     "cosquillas|con mi|con la|con el|con un|en el juego|jugando|con mis|de un susto}"),
    R("harm_others", "{le voy a|les voy a|le vamos a|quiero} {romper|partir|reventar|volar} {la cara|la "
                     "madre|los dientes|la boca|la cabeza|el hocico|la jeta|el alma}"),
    R("harm_others", "{le voy a|les voy a|le vamos a|quiero} {meter|dar|pegar|sorrajar} {un|una|unos}? "
                     "{balazo|balazos|tiro|tiros|punalada|punaladas|cuchillazo|cuchillazos|plomazo}"),
    R("harm_others", "{pensamientos|ideas|ganas|miedo} {de}? {hacerle dano|lastimar|matar|hacer dano} "
                     "{a}? {mi|mis} {bebe|hijo|hija|hijos|pareja|novio|novia|esposo|esposa|mama|papa}"),
    R("harm_others", "me da miedo {hacerle dano|lastimar|matar|pegarle} {a}? {mi|mis}"),
    R("harm_others", "{le pegue|la golpee|lo golpee|le di una cachetada|le di un punetazo|le di una "
                     "patada|la empuje|lo empuje|empuje|la ahorque|lo ahorque|casi ahorco|casi ahorque|"
                     "casi mato|le rompi|la cachetee|lo cachetee|le avente|le lance|le tire} {a}? {mi|a "
                     "mi|al|a la|la|el|su|mi @relation} @relation? !{en el juego|jugando|la pelota}"),
    R("harm_others", "{voy a|quiero|pienso} {ir|llegar|presentarme} ~4 con {un|una|el|la|mi} @weapon"),
    R("harm_others", "{voy a|quiero|pienso} matar a {mi|ese|esa|este|esta|la|el|los|las} "
                     "!{mosquito|mosquitos|zancudo|cucaracha|bicho|arana|moscas|planta|tiempo|hambre}"),
    R("harm_others", "{quisiera|ojala|quiero} que {se muera|se muriera|sufra|muera|desaparezca|pague} ~1 y "
                     "{pienso|planeo|ya se|se|hasta pienso|estoy pensando} {como|en como|donde|cuando}"),
    R("harm_others", "{le voy a|la voy a|lo voy a|les voy a|los voy a|le quiero|lo quiero|la quiero} "
                     "{pegar|golpear|madrear|cachetear|ahorcar|acuchillar|apunalar|balear|patear|"
                     "reventar|partir} !@hit_guard"),
    R("harm_others", "{si lo veo|si la veo|si me engana|si me vuelve a} ~5 {lo mato|la mato|lo voy a matar|"
                     "la voy a matar|los mato}"),

    # ================================================================ safety: violence
    R("violence", f"{_ME} @hit3 !@hit_guard"),
    R("violence", f"{_ME} {{dio|da|daba|dieron|ha dado|habia dado|pego|pega|metio|mete|solto|suelta|planto|"
                  f"mando|acomodo|puso|ponia}} {{un|una|unos|unas|varias|varios|tremenda|tremendo|otra|"
                  f"otro|su}}? @blow !{{de suerte|de calor|de estado|de gracia|de vista|de timon|de "
                  f"pecho|de animo|de realidad|de efecto|bajo}}"),
    R("violence", f"{_ME} {{agarro|agarra|agarraba|agarraron|cayo|cae|caia|entro|entra|entraba|dio de|da de|"
                  f"daba de|ha agarrado}} {{a}} @blows"),
    R("violence", "{pegarme|golpearme|madrearme|cachetearme|abofetearme|patearme|empujarme|zarandearme|"
                  "agredirme|maltratarme} !{en el juego|jugando|de broma|a la pelota}"),
    R("violence", f"{_ME} {{levanto|levanta|levantaba|ha levantado|levantaron|alzo|alza}} la mano "
                  f"!{{para {{preguntar|saludar|pedir|votar|despedirse}}|en clase}}"),
    R("violence", f"{_ME} {{tiro|avento|avienta|aventaba|lanzo|lanza|lanzaba|arrojo|arroja|arrojaba|tira|"
                  f"tiraba|empujo|empuja|azoto|azota|azotaba|estrello|estrella|estrellaba|ha tirado|ha "
                  f"aventado}} {{al suelo|al piso|contra|por las escaleras|de las escaleras|escaleras "
                  f"abajo|del pelo|del cabello|de los pelos|a la calle|fuera de la casa|del carro|del coche|"
                  f"a la pared|en la pared|de la cama|{{un|una|el|la|los|las|unos|unas}} @thrown}}"),
    R("violence", f"{_ME} {{jalo|jala|jalaba|jaloneo|jalonea|jaloneaba|arrastro|arrastra|arrastraba|"
                  f"tiro|tira|tiraba|estiro|ha jalado|ha arrastrado|jalaron|agarro|agarra|agarraba|apreto|"
                  f"aprieta|apretaba|sujeto|sujeta|sujetaba|torcio|tuerce|torcia|retorcio|ha agarrado|"
                  f"pellizco|pellizca|estrujo}} {{de|del|de la|de los|de las|por el|por la|por los|por "
                  f"las|el|la|los|las}} @body_grip !{{para {{cruzar|bailar|ayudarme|que no me cayera|no "
                  f"caerme|que no me caiga|abrazarme|besarme|jugar}}|con carino|jugando|suavecito}}"),
    R("violence", f"{_ME} {{arrastro|arrastra|arrastraba|jaloneo|jalonea|jaloneaba}} "
                  f"{{por el piso|por el suelo|por la casa|por la calle|hasta}}"),
    R("violence", f"{_ME} {{mordio|muerde|mordia|ha mordido|arano|arana|aranaba|rasguno|rasguna|rasgunaba|"
                  f"aruno|aruna|escupio|escupe|escupia|ha escupido|quemo|quema|quemaba|ha quemado|pellizca|"
                  f"pellizco}} !{{{{un|una|el|la|mi|los|las|mis}} {{perro|perrito|perrita|gato|gatito|gata|"
                  f"mosquito|mosquitos|zancudo|zancudos|bicho|bichos|arana|hormiga|hormigas|pulga|pulgas|"
                  f"chinche|chinches|caballo|perico|loro|hamster|conejo|raton|serpiente|abeja|avispa|"
                  f"cachorro|bebe|nene|nena|rosal|espina|sol|lengua|labio|cafe|sopa|estufa|comal|aceite|"
                  f"sarten|plancha}}|la lengua|el labio|las unas|con el aceite|con la sopa|con el cafe|"
                  f"con la "
                  f"estufa|con el sol|el sol|la comida|la lengua|sin querer|por accidente|de carino|jugando|"
                  f"la oreja jugando|en broma|de broma}}"),
    R("violence", "{tengo|me dejo|me deja|me dejaba|me dejaron|me quedaron|me quedo} ~2 @marks !{{del|de "
                  "la|por el|por la|de tanto|en el} {gym|gimnasio|futbol|partido|entrenamiento|caida|vacuna|"
                  "bicicleta|bici|acne|operacion|cirugia|varicela}}"),
    R("violence", f"{_ME} {{rompio|rompe|reventó|revento|partio|parte|fracturo|fractura|ha roto|rompieron}} "
                  f"@broken"),
    R("violence", "{sufro|sufri|vivo|vivi|sufriendo|viviendo|victima de|soy victima de|aguanto|aguante} "
                  "{violencia|maltrato|maltratos|golpes|abuso fisico|agresiones} !{en el trabajo|laboral|"
                  "escolar|de mis companeros|en la escuela}"),
    R("violence", "{hay|habia|hubo} {violencia|maltrato|golpes} {en mi casa|en casa|en la casa|en mi "
                  "relacion|en mi matrimonio|en mi hogar|en mi familia}"),
    R("violence", "{mi|el|ella|mi @relation|es} ~2 {es|era|se pone|se puso|se vuelve|esta} {muy}? "
                  "{violento|violenta|agresivo|agresiva} {conmigo|cuando|si|$|con los ninos|con mis "
                  "hijos|y}"),
    R("violence", "{me maltrata|me maltrato|me maltrataba|maltrato fisico} {fisicamente}?"),
    R("violence", "{le|les} {pega|pego|pegaba|golpea|golpeo|golpeaba|da|dio|daba|madrea|madreo|patea|pateo|"
                  "cachetea|cacheteo|ha pegado|pegan|golpean} {unas|unos|una|un}? ~2 {a} @dependant"),
    R("violence", "{pega|pego|pegaba|golpea|golpeo|golpeaba|madrea|patea|pateo|maltrata|maltrato|"
                  "maltrataba|ha pegado|le pega a|le pego a|empuja|empujo} {a} @dependant !{la pelota|con "
                  "la pelota|jugando}"),
    R("violence", "{me pego|me golpeo|me pega|me golpea|me pegaba|me golpeaba} y {despues|luego} {me pide|"
                  "me pidio|pide} perdon"),

    # ================================================================ safety: strangulation
    R("strangulation", f"{_ME} @choke3 !{{de risa|con la comida|con el agua|en un vaso|en mis|en llanto|"
                       f"en deudas|en problemas|con tanto|el calor|el trafico|con su|de trabajo}}"),
    R("strangulation", f"{_ME} {{ahogo|ahoga|ahogaba|ha ahogado|hundio|hunde|hundia|metio|mete|metia}} "
                       f"{{la cabeza}}? {{en la tina|en la banera|en el agua|en la alberca|en la piscina|en "
                       f"el lavabo|en el bano|bajo el agua|con la almohada|con una almohada|con sus manos|"
                       f"en el escusado}}"),
    R("strangulation", f"{_ME} {{agarro|agarra|agarraba|apreto|aprieta|apretaba|tenia|tiene|sujeto|sujeta|"
                       f"sujetaba|tomo|toma|estrujo|ha agarrado|puso|pone|ponia}} ~3 {{el|la|del|de la|"
                       f"por el|por la|sus manos en el|las manos en el|la mano en el|sus manos en mi|las "
                       f"manos en mi|las manos alrededor del|las manos alrededor de mi|una mano en el}} "
                       f"@neck"),
    R("strangulation", "{manos|mano|brazo|rodilla|pie} {en|alrededor de|alrededor del|sobre} {mi|el} @neck"),
    R("strangulation", f"{_ME} {{puso|pone|ponia|aplasto|apretaba|apreto|tapo|tapa|tapaba}} {{una|la|el|"
                       f"su}} {{almohada|cojin|mano|manos|bolsa|cobija|toalla}} {{en|sobre|contra}} "
                       f"{{la|mi}} "
                       f"{{cara|boca|nariz}}"),
    R("strangulation", f"{_ME} {{tapo|tapa|tapaba|cubrio|cubre}} {{la boca y la nariz|la nariz y la boca|"
                       f"la boca para que no|la nariz}}"),
    R("strangulation", "no {podia|pude|puedo} respirar {porque|cuando|mientras|de lo fuerte que} ~3 "
                       "{apretaba|aprieta|ahorcaba|ahorca|cuello|encima|tapaba|sujetaba|tenia}"),
    R("strangulation", "{ahorcarme|estrangularme|asfixiarme|ahogarme} !{de risa|con la comida|en un vaso}"),

    # ================================================================ safety: weapons
    R("weapons", "{amenazo|amenaza|amenazaba|ha amenazado|amenazando|apunto|apunta|apuntaba|ha apuntado|"
                 "encanono|encanona|persiguio|persigue|perseguia|correteo|corretea|correteaba|fue tras de "
                 "mi} {me|a mi|nos}? {con} {un|una|el|la|su|sus|unos|unas}? @weapon"),
    R("weapons", f"{_ME} {{apunto|apunta|apuntaba|encanono|encanona|ha apuntado|puso|pone|ponia|pego|"
                 f"pega|pegaba|golpeo|golpea|golpeaba|dio|da|daba|amenazo|amenaza|pincho|corto|corta|"
                 f"cortaba|hirio|hiere|heria|clavo|clava|pico}} ~3 {{con}}? {{un|una|el|la|su|sus}} "
                 f"@struck_with"),
    R("weapons", "{saco|saca|sacaba|agarro|agarra|agarraba|tomo|toma|tiene|guarda|compro} {un|una|el|la|"
                 "su} {cuchillo|navaja|pistola|arma|machete|fusca|cuete|escopeta|revolver|rifle} "
                 "!{para cortar|para partir|de la cocina para|del cajon para|para pelar|para la carne|de "
                 "juguete|de agua|de aire|para cazar|de caza|de balines|para picar|para el pastel|para el "
                 "pan}"),
    R("weapons", "{me}? {enseno|ensena|ensenaba|mostro|muestra|mostraba|dejo|deja|dejaba|puso|pone} {la|"
                 "el|su|una|un} {pistola|arma|cuchillo|navaja|machete|fusca|cuete} ~6 {asustar|asustarme|"
                 "que la viera|que lo viera|que la vea|que lo vea|cuando se enoja|me la|me lo|mesa|buro|"
                 "almohada|cama}"),
    R("weapons", "{dice|dijo|me dijo} que tiene {una|un} {pistola|arma|cuchillo|fusca|cuete|navaja}"),
    R("weapons", "{pistola|cuchillo|navaja|arma|machete} {en el|en mi|contra mi|contra el} {cuello|cabeza|"
                 "pecho|cara|estomago|garganta|costado|espalda}"),

    # ================================================================ safety: sexual coercion
    R("sexual_coercion", f"{_ME} @force3 ~3 {{a|para}}? ~1 @sex"),
    R("sexual_coercion", f"{_ME} {{violo|viola|violaba|violaron|ha violado|han violado}} !{{la privacidad|"
                         f"las reglas|la ley|mi privacidad|mis derechos}}"),
    R("sexual_coercion", "{violacion|violaron|violada|violado|abuso sexual|abusaron sexualmente|agresion "
                         "sexual|acoso sexual} !{en la serie|en la pelicula}"),
    R("sexual_coercion", "{abuso|abusa|abusaba|ha abusado|abusaron|abusan|se aprovecho|se aprovecha|se "
                         "aprovechaba} {sexualmente}? de mi"),
    R("sexual_coercion", f"{_ME} {{toco|toca|tocaba|manosea|manoseo|manoseaba|ha tocado|beso|besa|"
                         f"desnudo|desnuda}} ~3 {{sin mi permiso|sin permiso|aunque|cuando no|a la fuerza|"
                         f"estando dormida|estando dormido|mientras dormia|sin que yo quisiera|y yo no "
                         f"queria|sin preguntar|sin preguntarme}}"),
    R("sexual_coercion", "{le dije|le digo|le decia|le dije que|dije|le pedi|le pido} {que no|no|que "
                         "parara|que pare|que se detuviera|basta} ~5 {y|pero} ~2 {igual|aun asi|de todos "
                         "modos|siguio|sigue|seguia|no paro|no para|lo hizo|continuo|me obligo|me forzo}"),
    R("sexual_coercion", "no {para|paro|paraba|respeta|respeto|respetaba|acepta|acepto|aceptaba|escucha|"
                         "escucho|entiende|entendio} ~2 {cuando le digo que no|cuando le dije que no|mi no|"
                         "un no|que no quiero|que no queria|cuando digo que no|cuando dije que no}"),
    R("sexual_coercion", f"{_ME} {{grabo|graba|grababa|fotografio|ha grabado|tomo fotos|tomaba fotos}} "
                         f"{{teniendo|mientras|sin mi permiso|desnuda|desnudo|en la cama|cuando}}"),
    R("sexual_coercion", "{me quito|se quito|quitarse|se quita|me quita} el {condon|preservativo|condon} "
                         "{sin|a escondidas|aunque}"),
    R("sexual_coercion", "{dormida|dormido|borracha|borracho|inconsciente|drogada|drogado|desmayada} ~6 "
                         "{sexo|relaciones|lo hizo|abuso|me toco|me violo|me penetro|me desnudo}"),
    R("sexual_coercion", "{sexo|relaciones|me toco|lo hizo|abuso de mi} ~4 {dormida|dormido|borracha|"
                         "inconsciente|drogada|sin mi consentimiento|sin consentimiento|a la fuerza}"),
    R("sexual_coercion", "me {insiste|insistio|presiona|presiono|chantajea} {hasta que} {cedo|acepto|le digo "
                         "que si|ceda|acepte|cedi|tenemos|lo hacemos}"),
    R("sexual_coercion", "me {pide|pidio|exige|exigio|obliga|obligo} {fotos|videos|el pack|packs|nudes} "
                         "{desnuda|desnudo|intimas|intimos}? ~3 {y me amenaza|amenaza|si no|aunque no}"),

    # ================================================================ safety: threats
    R("threats", f"{_ME} {{amenaza|amenazo|amenazaba|amenazan|amenazaron|ha amenazado|esta amenazando}}"),
    R("threats", "{amenazas|amenaza|amenazo|amenazaba} {de muerte|con matarme|de matarme}"),
    R("threats", "{dice|dijo|decia|me dijo|me dice|me decia|escribio|me escribio|mando|me mando|grita|"
                 "grito|jura|juro|me jura|me juro|asegura|advirtio|me advirtio} ~1 que ~2 {me|nos|te|le|"
                 "les}? {va a|iba a|van a|vamos a|puede|podria|mandaria a}? @harm_inf"),
    R("threats", f"{_ME} {{va a|iba a|vas a|van a|podria}} {{matar|pegar|golpear|partir la cara|romper la "
                 f"cara|partir la madre|romper la madre|desfigurar|quemar|hacer dano|lastimar|desaparecer|"
                 f"enterrar|mandar matar|encontrar|quitar a los|quitar a mis|quitar los|quitar mis}} "
                 f"!{{de risa|a besos|con la|con el}}"),
    R("threats", "si {lo dejo|la dejo|me voy|me separo|lo denuncio|la denuncio|hablo|le digo|le cuento|"
                 "se entera|me ve|me voy de la casa|me divorcio|termino con el|termino con ella|lo "
                 "abandono|no regreso|no vuelvo} ~4 {me mata|me matara|me va a matar|me pega|me va a pegar|"
                 "me hace dano|me va a hacer dano|me va a ir peor|me quita|me va a quitar|se lleva|se va a "
                 "llevar|me busca|me va a buscar|me encuentra|me va a encontrar|se mata|se va a matar|se "
                 "suicida|se va a suicidar|me destruye|me arruina|me mete a la carcel|me denuncia|me "
                 "deporta|me manda deportar}"),
    R("threats", "{amenaza|amenazo|amenazaba|dice|dijo|decia|jura|juro} ~6 {quitarme|quitar|llevarse|me "
                 "quita|me va a quitar|se va a llevar|se lleva|me quitaria|se llevaria|quedarse con} ~2 "
                 "{a}? {los|mis|mi|la|el|nuestros|nuestra|nuestro} @children"),
    R("threats", "{amenaza|amenazo|amenazaba|dice|dijo|decia|jura|juro} ~4 {con}? {que}? {se}? {va a}? "
                 "{matarse|suicidarse|quitarse la vida|hacerse dano|mata|suicida|quita la vida|hace dano|"
                 "matar|suicidar|colgar|colgarse|tirar|tirarse|cortarse} {si|cuando} {lo|la|me|no|yo|le}"),
    R("threats", "{amenaza|amenazo|amenazaba|ha amenazado|amenazando} con {suicidarse|matarse|quitarse la "
                 "vida|hacerse dano|tirarse|cortarse|colgarse}"),
    R("threats", "{amenaza|amenazo|amenazaba|dice|dijo|decia|va a|iba a|me va a|jura|juro} ~5 {subir|"
                 "publicar|mandar|enviar|ensenar|compartir|difundir|pasar|filtrar|poner en internet} ~2 "
                 "@images"),
    R("threats", "{amenaza|amenazo|amenazaba|dice|dijo|decia|va a|me va a} ~5 {deportar|deportarme|"
                 "deporten|migracion|la migra|ice|inmigracion|la policia para que me deporten}"),
    R("threats", "{amenaza|amenazo|amenazaba|dice|dijo|va a} ~5 {decirle|decirles|contarle|contarles|"
                 "publicar} ~3 que soy @outing"),
    R("threats", "{amenaza|amenazo|amenazaba|amenazas} {con}? ~2 {matar|pegarle|hacerle dano|lastimar|"
                 "envenenar} {a}? ~1 {mi|mis|el|la|los|nuestro|nuestra} ~1 {@children|familia|mama|papa|"
                 "hermana|hermano|amigas|amigos}"),
    R("threats", "{dijo|dice|decia} que va a {matar|envenenar|desaparecer|regalar} {al|a mi|a los|a la|a "
                 "mis} {perro|gato|perrito|gatito|mascota|perros|gatos}"),
    R("threats", "me {va a ir|iria} peor {si|cuando}"),
    R("threats", "{dijo|dice|decia} que {va a|iba a} quemar {la casa|mi casa|mis cosas|el carro|mi carro}"),
    R("threats", "{mensaje|mensajes|carta|nota} ~3 {diciendo|que dice|que decia} que ~2 {me va a|me iba a}"),

    # ================================================================ safety: control
    R("control", f"{_ME} @inspect3 ~1 {{el|la|los|las|mi|mis|todo el|todos los|todas las|toda la}} @device "
                 f"!{{para ayudarme|porque se lo pedi|porque se lo pido|por si}}"),
    R("control", "{revisa|revisaba|ha revisado|lee|leia|esculca|esculcaba|espia|espiaba|checa|checaba|"
                 "controla|controlaba|vigila|vigilaba|monitorea|monitoreaba|hackea|hackeo} {mis|mi|todos "
                 "mis|todas mis} @device"),
    R("control", f"{_ME} {{pide|pidio|pedia|exige|exigio|exigia|obliga|obligo|obligaba|quito|quita|"
                 f"cambio|cambia}} ~4 {{mis|mi|las|la|sus|tus}} @passwords !{{del wifi|de la red|del "
                 f"internet|de netflix|de la tele|de spotify|del wi fi|de la wifi}}"),
    R("control", "{tiene|sabe|se sabe|conoce|uso|usa} ~1 {mis|todas mis} @passwords"),
    R("control", "{entra|entro|se mete|se metio|entraba|se metia} {a|en} {mis|mi} {cuentas|cuenta|redes|"
                 "correo|correos|facebook|instagram|whatsapp|mensajes|banco|cuenta de banco}"),
    R("control", f"{_ME} {{rastrea|rastreo|rastreaba|vigila|vigilaba|vigilo|monitorea|monitoreo|acosa|"
                 f"acosaba|acoso|espia|espio|espiaba|localiza|localizo|stalkea|stalkeo|ha rastreado|"
                 f"controla|controlaba|controlo}} !{{los nervios|la presion|el azucar|la diabetes|la "
                 f"tension|el peso|la dieta|la tarea|las tareas|los gastos de la casa juntos|en el juego|el "
                 f"tiempo de pantalla de los ninos}}"),
    R("control", f"{_ME} {{sigue|seguia|siguio|persigue|perseguia|persiguio|ha seguido}} {{a todos lados|a "
                 f"todas partes|al trabajo|a la escuela|hasta|cuando salgo|en el carro|en el coche|por la "
                 f"calle|sin que yo sepa|a escondidas|de lejos|a donde voy}}"),
    R("control", "{app|aplicacion|gps|localizador|rastreador|airtag|programa} ~3 {para}? {rastrearme|"
                 "seguirme|espiarme|vigilarme|localizarme|ver donde estoy|saber donde estoy|leer mis}"),
    R("control", "{sabe|quiere saber|tiene que saber|exige saber|necesita saber} donde estoy ~2 {todo el "
                 "tiempo|siempre|a cada rato|cada minuto|por mi ubicacion|por el gps|en todo momento}"),
    R("control", f"{_ME} {{obliga|obligo|obligaba|exige|exigio|hace}} {{a}}? {{compartir|mandarle|darle|"
                 f"prender|tener prendida}} {{mi|la}} {{ubicacion|localizacion}}"),
    R("control", f"{_NEG} {{no me deja|no me dejaba|no me dejo|nunca me deja|ya no me deja|no me permite|no "
                 f"me permitia|no me dejan}} @activity !{{ganar|pagar|hacer nada sola en la cocina}}"),
    R("control", f"{_ME} {{prohibe|prohibio|prohibia|prohibe que|ha prohibido|tiene prohibido}} ~2 "
                 f"{{ver|salir|hablar|trabajar|estudiar|usar|ponerme|tener|ir|mis|a mis|que}}"),
    R("control", "{tengo|tenia|tuve} que {pedirle|pedir} permiso {para|hasta para} ~1 {todo|salir|ver|ir|"
                 "gastar|comprar|trabajar|hablar|comer|vestirme|ponerme|usar|visitar|dormir}"),
    R("control", f"{_ME} {{quito|quita|quitaba|ha quitado|quitaron|escondio|esconde|escondia|rompio|rompe|"
                 f"rompia|retiene|retuvo|retenia|guarda|agarra|agarro|confisco}} {{el|la|los|las|mi|mis|"
                 f"todo el|toda la|todo mi|toda mi}} @money_docs !{{para que no|porque se lo pedi|para "
                 f"guardarlo|jugando|sin querer|por accidente|para arreglarlo|para cargarlo}}"),
    R("control", "{controla|controlaba|maneja|manejaba|administra|se queda con|se quedaba con|se queda} "
                 "{todo}? {mi|el|todo mi|todo el|mis|lo que} {dinero|sueldo|quincena|salario|gastos|gasto|"
                 "tarjeta|cuenta|ahorros|gano|ganaba}"),
    R("control", f"{_ME} {{encierra|encerro|encerraba|ha encerrado|dejo encerrada|dejo encerrado|deja "
                 f"encerrada|deja encerrado|dejaba encerrada|dejo afuera|deja afuera|dejo fuera|cerro la "
                 f"puerta}}"),
    R("control", f"{_ME} {{aleja|alejo|alejaba|ha alejado|aisla|aislo|aislaba|ha aislado|separa|separo}} "
                 f"{{de}} ~1 {{@people|todos|toda mi|mis|mi}}"),
    R("control", f"{_ME} {{controla|controlo|controlaba}} {{todo|la ropa|lo que me pongo|lo que como|lo que "
                 f"gasto|con quien hablo|con quien salgo|a donde voy|mi vida|mis horarios|mi ropa|las "
                 f"llamadas|los mensajes|el celular|mis amistades|el dinero|mis salidas}}"),
    R("control", f"{_ME} {{hace|obliga a|exige}} {{rendirle cuentas|darle cuentas|decirle donde estoy|"
                 f"mandarle fotos de donde estoy|pedirle permiso|explicarle todo|reportarme}}"),
    R("control", "{no me dejo|no me deja|no me dejaba} ir al {doctor|medico|hospital}"),
    R("control", "me {llama|llamaba|marca|marcaba|escribe|escribia|manda} {cien|mil|veinte|treinta|"
                 "cincuenta|cuarenta|setenta|un monton de|50|100|20|30} {veces|mensajes|llamadas} ~3 {si no "
                 "contesto|si no le contesto|cuando salgo|hasta que contesto|para saber}"),
    R("control", "{me elige|decide|me dice|escoge} {la ropa|que me pongo|que ponerme|con quien hablo|con "
                 "quien puedo hablar|a quien puedo ver} ~3 {obliga|si no|o se enoja|o me pega|no me deja}"),

    # ================================================================ safety: fear
    R("fear", "{le tengo|tengo|le tenia|tenia|siento} {mucho|tanto}? {miedo|panico|terror|pavor} {a|de} "
              "{mi|el|ella|mi @relation|lo que|como|cuando|su reaccion|su|sus|que llegue|"
              "volver|regresar|llegar|estar} !{arana|aranas|alturas|examen|oscuridad|perros|aviones|"
              "volar|manejar|pelicula|peliculas|me deje|me dejara|me deja|se vaya|se aburra|perderlo|"
              "perderla|que me deje|quedarme sola|quedarme solo|ya no me quiera|no me quiera|me cambie|"
              "se enamore|lo que piense|que piense|lo que dira|equivocarme|fallar|el futuro}"),
    R("fear", "{le tengo miedo|le tengo panico|le tengo terror|le tengo pavor} {$|y|a mi|a el|a ella|de "
              "verdad|cuando}"),
    R("fear", "{me da|me dan|me daba|siento|tengo} {miedo|panico|terror} {lo que|que} {me|nos|le|les} "
              "~2 {pueda|vaya|haga|hiciera|pegue|mate|lastime|pase|hace|hara}"),
    R("fear", "{tengo|me da|siento|tenia} {miedo|panico|terror} {de que|que} {me|nos|le|les} {pegue|mate|"
              "lastime|haga dano|ahorque|golpee|hiera|mande matar|encuentre|busque}"),
    R("fear", "{me da|me dan|me daba|siento|tengo} {miedo|panico|terror} {cuando|como} {se enoja|llega "
              "borracho|llega borracha|toma|bebe|se pone|grita|se emborracha|me mira asi|llega}"),
    R("fear", "{me da|tengo|me daba} {miedo|panico} {volver|regresar|llegar|ir} {a}? {casa|mi casa|la "
              "casa}"),
    R("fear", "vivo {con|en} {miedo|panico|terror} !{de {reprobar|perder el trabajo|los examenes}}"),
    R("fear", "{aterrada|aterrado|asustada|asustado|atemorizada|atemorizado|espantada|espantado} {de|por} "
              "{el|ella|mi @relation|lo que|como se}"),
    R("fear", "{no me siento|ya no me siento|nunca me siento} {segura|seguro|a salvo|tranquila ni segura} "
              "{en casa|en mi casa|en la casa|con el|con ella|con mi @relation|a su lado|cerca de el|"
              "cerca de ella|en mi propia casa}"),
    R("fear", "no estoy {a salvo} {en casa|en mi casa|con el|con ella|aqui}"),
    R("fear", "{no estoy segura|no estoy seguro} {en mi casa|en casa|con el|con ella}"),
    R("fear", "{andar|ando|camino|caminar|vivo|vivir|andamos} {con|sobre|en} {pies de plomo|cascaras de "
              "huevo|cascarones de huevo|vidrios rotos}"),
    R("fear", "temo por {mi vida|mis hijos|la vida de|mi seguridad|los ninos|mi integridad}"),
    R("fear", "me escondo {cuando|en cuanto|si} {llega|viene|se enoja|lo oigo|la oigo|toma|bebe}"),
    R("fear", "{rompe|rompio|rompia|avienta|avento|tira|tiro|golpea|golpeo|golpeaba|patea|pateo|pateaba|"
              "azota|azoto|estrella|estrello} ~4 {para asustarme|asustarme|para intimidarme|al lado de mi "
              "cabeza|junto a mi cabeza|cerca de mi cara|hasta romperla|de un golpe|de una patada|cuando "
              "se enoja|cuando discutimos}"),
    R("fear", "{golpeo|golpea|golpeaba|pateo|patea|pateaba|rompio|rompe|rompia|le dio un golpe a|le da "
              "golpes a|le dio un punetazo a} {la|las} {pared|puerta|paredes|puertas|mesa|ventana} "
              "{al lado|junto|cerca|de un|hasta|para|cuando|de mi|enfrente}"),
    R("fear", "{me da|me dan|me daba|siento|tengo} {panico|terror} {cuando} {llega|se enoja|toma|bebe|"
              "grita}"),
    R("fear", "{estoy|estaba} {aterrada|aterrado|cagada de miedo|cagado de miedo|muerta de miedo|muerto de "
              "miedo} {de que|que} {me|nos|le} ~2 {pegue|mate|haga|encuentre|lastime|vuelva|busque}"),

    # ================================================================ safety: emotional abuse
    R("emotional_abuse", f"{_ME} {{dice|dijo|decia|llama|llamo|llamaba|grita|grito|gritaba|trata de|"
                         f"trato de|ha dicho|ha llamado}} ~2 {{que soy|que estoy|que}}? {{una|un|la|el}}? "
                         f"@insult !{{de cariño|de carino|de broma|jugando|bonita|hermosa|guapa}}"),
    R("emotional_abuse", f"{_ME} {{dice|dijo|decia|repite|repetia}} que {{no valgo|no sirvo|nadie mas me|"
                         f"nadie me va|nadie me|nadie te|no vales|no sirves|estoy loca|estoy loco|soy una|"
                         f"soy un}} {{nada|para nada|va a querer|va a creer|quiere|querria|creeria}}?"),
    # Said to the reader ("nadie te va a querer como yo"), not the reader's own anxious thought ("nadie
    # me quiere", "nadie me va a querer nunca"), which is not someone's abuse.
    R("emotional_abuse", "{nadie mas|nadie} {te va a|te va|te} {querer|creer|aguantar|soportar|quiere|"
                         "creeria|querria} {$|como yo|mas que yo|como el|como ella|si me dejas|si te vas|"
                         "nunca}"),
    R("emotional_abuse", f"{_ME} {{hace|hacia|hizo}} {{sentir|creer|pensar|dudar}} ~2 {{que estoy loca|que "
                         f"estoy loco|loca|loco|menos|una basura|una mierda|inutil|que no valgo|que todo es "
                         f"mi culpa|de lo que vi|de lo que paso|de mi memoria|de mi misma|de mi mismo|de mi "
                         f"cabeza|que invento|que exagero|que me lo invento}}"),
    R("emotional_abuse", f"{_ME} {{humilla|humillo|humillaba|ha humillado|insulta|insulto|insultaba|ha "
                         f"insultado|desprecia|desprecio|despreciaba|denigra|denigro|ridiculiza|ridiculizo|"
                         f"menosprecia|menosprecio|maltrata|maltrato|maltrataba|ofende|ofendio|ofendia}}"),
    R("emotional_abuse", f"{_ME} {{trata|trato|trataba}} {{como}} {{basura|una basura|un trapo|una "
                         f"mierda|un perro|una perra|su sirvienta|su esclava|nada|si fuera nada|si no "
                         f"valiera nada}}"),
    R("emotional_abuse", f"{_ME} {{ignora|ignoro|ignoraba|deja de hablar}} {{por dias|por semanas|como "
                         f"castigo|para castigarme}}"),
    R("emotional_abuse", "{todo|siempre} es mi culpa {segun el|segun ella|dice el|dice ella|me dice}"),
)

# Other checks of the same words, by name (``engine.Matcher.cue``): the same names as English.
CUES: dict[str, tuple[str, ...]] = {
    "afraid": (
        "{@fear_adj|miedosa|miedoso|insegura|inseguro|en peligro|amenazada|amenazado|intimidada|"
        "intimidado|con panico|nerviosa de|nervioso de|pies de plomo|cascaras de huevo|temo|temor}",
        "no me siento {segura|seguro|a salvo}",
    ),
    "danger": (
        "{@hit3|@choke3|@weapon|@blow|@blows}",
        "{amenaza|amenazas|amenazo|amenazar|matar|mato|matarme|mata|asesinar|abuso|abusivo|abusiva|"
        "violento|violenta|violencia|violacion|violo|controla|controlador|controladora|acosa|acoso|"
        "rastrea|contrasena|contrasenas|permiso|prohibe|prohibio|espia|moretones|moreton|sangre|sangrar|"
        "policia|hospital|miedo|aterrada|aterrado|peligro|grita|grito|gritos|insulta|humilla|rompe|rompio|"
        "aisla|custodia|deportar|migracion|suicidio|suicidarme|autolesion|azoto|pateo|patea|celoso|celosa|"
        "furia|explota|exploto}",
        "{hacerme dano|me hace dano|me lastima|me lastimo|nos lastima|a los ninos|me obliga|me forzo|me "
        "encierra|me quita|me sigue|no me deja|no me dejo}",
    ),
    "boundary": (
        "^ {por favor|porfavor|solo|y|ya|ahora}? {para|deja de|no|nunca|basta|ya basta|no mas|alejate|"
        "vete|sal de|respeta|dejame|devuelveme|no quiero que|no voy a|me niego|necesito que pares|quiero "
        "que pares|necesito que te vayas|quiero que te vayas|tienes que parar|no puedes|no tienes derecho|"
        "nunca mas|ya no}",
    ),
    "need_safety": (
        "{sentirme|estar|mantenerme|sentir|me siento|seguir} {segura|seguro|a salvo|protegida|protegido}",
        "{mi|nuestra|la} {seguridad|proteccion}", "{seguridad|proteccion|estar a salvo}",
        "{que no me|no volver a|dejar de} {pegue|lastime|grite|amenace|controle|siga|revise|ser golpeada|"
        "tener miedo}",
        "{mi privacidad|privacidad|mi propio dinero|mi dinero|mi celular de vuelta|mi libertad|libertad|"
        "irme|salir de aqui|espacio|distancia|una salida|ser libre}",
    ),
    "someone_acts": (
        "^ {y|luego|entonces|pero|hoy|ayer|anoche|esta manana|de repente|al final}* {el|ella|ellos|mi "
        "@relation|@relation}",
    ),
    "interpretation": (
        "^ {y|luego|entonces|pero|hoy|ayer|anoche}* {el|ella|ellos|mi @relation|@relation} ~3 {debe|"
        "seguro|seguramente|quizas|quiza|tal vez|a lo mejor|capaz|va a|iba a|piensa|pensara|siente|quiere|"
        "no quiere|ya no me quiere|no me quiere|esta|parece|se ve|odia|se aburrio|se cansa|se canso|"
        "esta harto|esta harta|prefiere|me va a dejar}",
        "{creo que|pienso que|siento que|seguro que|estoy segura|estoy seguro|por mi culpa|es mi culpa}",
    ),
}

# Real Spanish words one slip away from a word in @slips: never read as that word. Kept complete by
# tests/unit/core/test_safety_engine.py against the system's Spanish word list (Debian's wspanish).
NOT_TYPOS: frozenset[str] = frozenset(_entries("""
    ahorro, alterada, alterado, asfixica, asfixico, aterrador, celula, cuchillon, desertar, desperar, forro,
    goles, ombligo, palia, pautada, permisor, premiso, vinolencia, violon"""))


TABLE = PhraseTable(
    language="es",
    lexicons={name: _entries(text) for name, text in LEXICONS.items()},
    rules=RULES,
    spellings=SPELLINGS,
    harmless=HARMLESS,
    not_typos=NOT_TYPOS,
    cues=CUES,
    clause_breaks=(r"(?:,\s*|\s+)(?:pero|y luego|y|porque|aunque|mientras|entonces)\s+"
                   r"(?=(?:yo|el|él|ella|ellos|mi|su|me|le)\b)|,\s+(?=(?:yo|el|él|ella|ellos|mi|su)\b)"),
)
