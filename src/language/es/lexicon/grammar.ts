/**
 * Spanish function words the analysis reads structure from: clause boundaries, conditions,
 * questions, modality, what a verb is said of. Plain data, written with their accents
 * (`../index.ts` folds them as it folds the text).
 */

/** Forms of "ser" and "estar". */
export const beForms: readonly string[] = [
  'ser', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'sea', 'sean', 'sería', 'serían', 'será', 'serán', 'sido', 'siendo', 'soy', 'somos',
  'eres', 'estar', 'está', 'están', 'estaba', 'estaban', 'estuvo', 'estuvieron', 'esté', 'estén', 'estaría', 'estarían', 'estará',
  'estarán', 'estando', 'estamos',
]

/** Forms of "haber": a finding in the perfect ("han encontrado") is not a past report. */
export const haberForms: readonly string[] = ['he', 'has', 'ha', 'hemos', 'han', 'había', 'habían', 'hubo', 'habrá', 'habrán', 'habría', 'habrían', 'haya', 'hayan', 'hubiera', 'hubieran', 'haber', 'habiendo']

/** Past forms of the copula (and of "quedar", "resultar"): with research named, a report ("fue menor", "quedó más pequeña"). */
export const pastCopula: readonly string[] = ['fue', 'fueron', 'era', 'eran', 'estaba', 'estaban', 'estuvo', 'estuvieron', 'quedó', 'quedaron', 'resultó', 'resultaron', 'tuvo', 'tuvieron', 'hubo']

/** Auxiliaries, clitic pronouns, modals and adverbs skipped between a subject and its verb. */
export const auxiliaries: readonly string[] = [
  ...beForms, ...haberForms, 'puede', 'pueden', 'podría', 'podrían', 'pueda', 'puedan', 'pudo', 'pudieron', 'suele', 'suelen', 'va', 'van',
  'vamos', 'debe', 'deben', 'debería', 'deberían', 'se', 'lo', 'la', 'los', 'las', 'le', 'les', 'nos', 'me', 'te', 'también', 'además',
  'ya', 'aún', 'todavía', 'incluso', 'solo', 'sólo', 'no', 'nunca', 'sí', 'y', 'o', 'e', 'u', 'ni', 'ayuda', 'ayudan', 'ayudar', 'ayudó',
  'ayudaron', 'a', 'logra', 'logran', 'consigue', 'consiguen', 'permite', 'permiten', 'contribuye', 'contribuyen', 'tiende', 'tienden',
  'vuelve', 'vuelven', 'hace', 'hacen', 'así', 'mucho', 'muy', 'más', 'bien', 'mejor', 'considerado', 'considerada', 'considerados',
  'consideradas',
]

/** Words that cannot be the subject of a verb (skipped when looking for what a verb is said of). */
export const nonSubjects: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'de', 'del', 'en',
  'con', 'por', 'para', 'a', 'al', 'desde', 'sobre', 'entre', 'sin', 'como', 'que', 'cual', 'cuales', 'quien', 'quienes', 'cuyo', 'cuya',
  'donde', 'cuando', 'pero', 'sino', 'su', 'sus', 'lo', 'se', 'le', 'les', 'hasta', 'tras', 'según', 'ante', 'bajo', 'mediante',
]

/**
 * Words after which a benefit predicate reads as a noun: determiners, possessives and
 * quantifiers ("la cura", "una mejora", "su alivio"), and, before a finite form only,
 * prepositions ("sin cura", "de mejora"); an infinitive after a preposition stays a verb
 * ("para reparar").
 */
export const nounCues: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel',
  'aquella', 'su', 'sus', 'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'cualquier', 'cada', 'ningún',
  'ninguna', 'algún', 'alguna', 'algunas', 'otra', 'otro', 'otras', 'toda', 'todo', 'mucha', 'poca', 'gran', 'nueva', 'verdadera',
  'posible', 'rápida', 'pronta', 'completa', 'total', 'lenta', 'cierta', 'mayor', 'menor', 'ligera', 'notable', 'leve', 'primera',
  'segunda', 'tal', 'dicha',
]

/** Prepositions: before a finite form of a predicate they make it a noun ("con mejora"), before an infinitive they do not. */
export const prepositions: readonly string[] = [
  'de', 'del', 'con', 'sin', 'en', 'para', 'por', 'a', 'al', 'sobre', 'tras', 'hacia', 'entre', 'desde', 'hasta', 'según', 'contra',
  'ante', 'bajo', 'mediante',
]

/** Words before a bare form that make it a verb: pronouns, clitics, negation, coordination. */
export const verbCues: readonly string[] = [
  'que', 'se', 'lo', 'le', 'les', 'nos', 'me', 'te', 'no', 'nunca', 'y', 'o', 'ni', 'ellos', 'ellas', 'nosotros', 'usted', 'ustedes',
  'también', 'ya', 'además', 'solo', 'incluso', 'sí',
]

/** Words that open a new clause anywhere (negation and hedges stop there). */
export const clauseOpeners: readonly string[] = ['pero', 'embargo', 'aunque', 'mientras', 'porque', 'pues', 'obstante', 'sino', 'si', 'además', 'asimismo', 'aun', 'salvo', 'excepto']

/** Words that open a new clause only after a comma (", que", ", lo que", ", donde"). */
export const weakClauseOpeners: readonly string[] = ['que', 'quien', 'quienes', 'donde', 'cuando', 'cual', 'cuales', 'lo', 'así', 'entonces', 'luego', 'ya', 'como', 'incluso', 'hasta', 'tras', 'según', 'dado', 'puesto', 'por']

/** Of `clauseOpeners`, the contrasts: an attribution stops at them too. */
export const contrasts: readonly string[] = ['pero', 'embargo', 'aunque', 'sino', 'obstante', 'en realidad', 'de hecho', 'en cambio']

/** Subjects that start a new clause after ", y" / ", o". */
export const clauseSubjects: readonly string[] = [
  'ellos', 'ellas', 'él', 'ella', 'esto', 'eso', 'se', 'nosotros', 'usted', 'ustedes', 'el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus',
  'nuestro', 'nuestros', 'algunos', 'algunas', 'muchos', 'muchas', 'otros', 'otras', 'hay', 'no', 'ningún', 'ninguna', 'cada', 'este',
  'esta', 'estos', 'estas',
]

/** Words that open a condition up to the next comma: what follows is not asserted. */
export const conditions: readonly string[] = ['si', 'a menos que', 'salvo que', 'en caso de', 'siempre que', 'siempre y cuando', 'suponiendo', 'supongamos', 'imagine', 'imagina']

/** Words that open an open question up to the end of the clause ("preguntar si ..."). */
export const openQuestions: readonly string[] = [
  'preguntar', 'pregunta', 'averiguar', 'saber si', 'saber qué', 'saber cómo', 'entender qué', 'entender cómo', 'determinar si', 'evaluar si',
  'comprobar si', 'ver si', 'estudiar si', 'investigar si', 'hasta qué punto', 'en qué medida', 'preguntarse', 'preguntarse si',
  'averiguar si', 'saber cuál', 'saber cuándo',
]

/** Deontic words: what must or should happen is not asserted to have happened. */
export const deontic: readonly string[] = [
  // "deber" by its finite forms: its participle is "debido a" (owing to) and "el debido respaldo" (due).
  '=debe', '=deben', '=debemos', '=debía', '=debían', '=debió', '=debieron', '=deberá', '=deberán', '=debería', '=deberían', '=deba', '=deban', '=debiera', '=debieran', '=deber', 'tener que', 'hay que', 'es necesario', 'necesitar', 'requerir', 'requisito', 'antes de', 'antes de que', 'hasta que',
  'a menos que', 'con el fin de', 'a fin de', 'con el objetivo de', 'con el propósito de', 'tener el propósito de', 'tener el objetivo de',
  'destinado a', 'pensado para', 'pretender', 'intentar', 'buscar', 'proponerse', 'planear', 'tener previsto', 'se supone que', 'para ello',
  'sin previa', 'obligar a',
  // "La FDA los revisa para garantizar que sean seguros": a purpose, not a statement that they are.
  // "Se recomienda proteger la piel del sol": advice, not a statement of what happens.
  'se recomienda', 'se recomiendan', 'es recomendable', 'se aconseja', 'es aconsejable',
  'para garantizar que', 'para asegurar que', 'para asegurarse de que', 'para comprobar que', 'para confirmar que', 'para demostrar que', 'diseñado para', 'desarrollado para', 'desarrollar para', 'concebido para', 'prohibir', 'exigir', 'obligar',
]

/** Words before an infinitive that assert it ("sirve para tratar"): read by the shared rule as any word not in `openGovernors`. */
export const assertiveGovernors: readonly string[] = ['servir', 'usar', 'utilizar', 'capaz', 'lograr', 'conseguir', 'ayudar', 'permitir', 'poder', 'garantizar', 'asegurar', 'prometer']

/** Nouns that name a treatment or product: as the subject of a reporting verb they make it a claim, not a report. */
export const productNouns: readonly string[] = [
  'exosoma', 'exosomas', 'terapia', 'terapias', 'tratamiento', 'tratamientos', 'producto', 'productos', 'procedimiento', 'procedimientos',
  'inyección', 'inyecciones', 'infusión', 'infusiones', 'suero', 'sérum', 'fórmula', 'vesícula', 'vesículas', 'prp', 'plasma',
  'suplemento', 'suplementos', 'secretoma', 've', 'ev', 'solución', 'tecnología',
  'técnica', 'técnicas', 'aplicación', 'implante', 'implantes', 'mesoterapia', 'bioestimulación', 'esto', 'mensajero', 'mensajeros',
]

/** Who sells or promotes a treatment: a reporting verb after one of these reports a claim. */
export const sellers: readonly string[] = [
  'clínica', 'clínicas', 'empresa', 'empresas', 'compañía', 'compañías', 'vendedor', 'vendedores', 'proveedor', 'proveedores',
  'comerciante', 'comerciantes', 'sitio', 'sitios', 'página', 'páginas', 'anuncio', 'anuncios', 'publicidad', 'spa', 'spas', 'centro',
  'centros', 'consultorio', 'consultorios', 'promotor', 'promotores', 'defensor', 'defensores', 'fabricante', 'fabricantes',
  'distribuidor', 'distribuidores', 'influencer', 'influencers', 'charlatán', 'charlatanes', 'estafador', 'estafadores', 'estafadora', 'estafadoras',
  'publicista', 'publicistas', 'anunciante', 'anunciantes', 'mercader', 'mercaderes', 'algunos', 'algunas', 'otros', 'otras',
  'muchos', 'muchas',
]

/** First person singular words: their benefit words are testimonials. */
export const firstPersonSingular: readonly string[] = ['yo', 'he', 'mi', 'mis', 'me', 'mío', 'mía', 'conmigo']

/** Words that address the reader or promise a future. */
export const reader: readonly string[] = ['tú', 'usted', 'ustedes', 'te', 'tu', 'tus', 'vosotros']

/** Words that restrict an approval claim to a few products ("solo los productos aprobados por la FDA"). */
export const restrictive: readonly string[] = ['solo', 'sólo', 'solamente', 'únicamente', 'exclusivamente', 'único', 'única', 'únicos', 'únicas']

/** Verbs and words before "que" that make the subjunctive after it a result, asserted ("hace que crezca", "para que se regenere"). */
export const causatives: readonly string[] = [
  'hacer', 'permitir', 'lograr', 'conseguir', 'ayudar', 'contribuir', 'favorecer', 'provocar', 'causar', 'ocasionar', 'propiciar', 'facilitar',
  'promover', 'estimular', 'inducir', 'indicar', 'ordenar', 'para', 'modo', 'forma', 'manera', 'así', 'garantizar', 'asegurar',
  // Orders: "les dicen a las células que se reparen".
  'decir', 'pedir', 'mandar',
]

/** Words before an infinitive reporting verb that make it the page's own voice ("cabe destacar", "es importante señalar", "hay que decir"). */
export const impersonal: readonly string[] = ['importante', 'cabe', 'conviene', 'pena', 'necesario', 'preciso', 'justo', 'interesante', 'bueno', 'quiero', 'queremos']

/** Negative words that agree with a "no" before the verb rather than cancel it ("no hay ningún riesgo"). */
export const concord: readonly string[] = ['ningún', 'ninguna', 'ninguno', 'ningunos', 'ningunas', 'ni', 'nada', 'nadie', 'nunca', 'jamás', 'tampoco']

/** Words between an infinitive and the word that governs it ("el objetivo de curar", "busca para"). */
export const infinitiveLinks: readonly string[] = ['de', 'a', 'para', 'por', 'en']

/**
 * Words before an infinitive that leave it unasserted: an aim, a wish, a duty or a question
 * ("busca reparar", "el objetivo es proteger", "cómo protegerse"). After any other word a
 * purpose is read as asserted ("se utilizan para tratar la dermatitis").
 */
export const openGovernors: readonly string[] = [
  'objetivo', 'objetivos', 'meta', 'fin', 'propósito', 'idea', 'esperanza', 'intención', 'intentar', 'intento', 'tratar', 'buscar',
  'pretender', 'querer', 'desear', 'planear', 'necesitar', 'pedir', 'cómo', 'qué', 'estudiar', 'estudio', 'estudios', 'investigar',
  'investigación', 'enfoque', 'esfuerzo', 'esfuerzos', 'incapaz', 'fallar', 'requerir', 'esperar', 'deber', 'posibilidad', 'oportunidad',
  'forma', 'manera', 'modo', 'prometer', 'asegurar', 'afirmar', 'decir', 'evaluar', 'probar', 'ensayar', 'explorar', 'sueño', 'reto',
  'desafío', 'dificultad', 'antes', 'sin', 'parecer',
]

/** Function words never given forms when a phrase is compiled (their generated forms would be other words). */
export const uninflected: readonly string[] = [
  'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'su', 'sus',
  'mi', 'mis', 'tu', 'tus', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'de', 'del', 'en', 'con', 'por', 'para', 'a', 'al', 'desde',
  'sobre', 'entre', 'sin', 'como', 'que', 'y', 'e', 'o', 'u', 'ni', 'no', 'si', 'sí', 'se', 'le', 'les', 'me', 'te', 'nos', 'muy', 'más',
  'menos', 'solo', 'sólo', 'ya', 'aún', 'todavía', 'también', 'tan', 'tanto', 'hasta', 'tras', 'según', 'ante', 'bajo', 'fda', 'ema',
  'aemps', 'cofepris', 'iso', 'gmp', 'cgmp', 'nunca', 'jamás', 'nada', 'nadie', 'ningún', 'ninguna', 'ninguno', 'cada', 'todo', 'toda',
  'todos', 'todas', 'otro', 'otra', 'mucho', 'mucha', 'muchos', 'muchas', 'poco', 'pocos', 'pocas', 'uno', 'dos', 'tres', 'cuatro',
  'cinco', 'diez', 'cien', 'mil', 'primer', 'primera', 'primero', 'gran', 'mejor', 'mayor', 'menor', 'bien', 'mal', 'hay', 'es', 'son',
  'está', 'están', 'ha', 'han', 'fue', 'va', 'puede', 'pueden', 'cuando', 'donde', 'quien', 'cual', 'así', 'pero', 'sino', 'porque',
  'aunque', 'mientras', 'tal', 'qué', 'cómo', 'cuándo', 'dónde', 'quién', 'cuál', 'in', 'vivo', 'vitro', 'ahora', 'momento', 'fecha',
  'vez', 'veces', 'caso', 'casos', 'apenas', 'cuestión', 'instante', 'inmediato', 'noche', 'mañana', 'siempre', 'vida',
]

/** Frames that, after a comma, report what came before them too ("... reduce la inflamación, según los últimos trabajos"). */
export const backwardFrames: readonly string[] = ['según', 'de acuerdo con', 'conforme a']
