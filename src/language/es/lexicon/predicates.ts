/**
 * Benefit predicates, by infinitive (their conjugations, with enclitic pronouns, are
 * generated). A sentence that says one of these of a treatment, not negated, reported or
 * hedged, asserts a benefit.
 */
export const benefitPredicates: readonly string[] = [
  'acelerar',
  'activar',
  'aliviar',
  'atenuar',
  'acabar con',
  'aumentar la producción',
  'aumentar la densidad',
  'aumentar la firmeza',
  'aumentar la elasticidad',
  'aumentar el volumen',
  'aumentar el grosor',
  'aumentar la movilidad',
  'aumentar la hidratación',
  'aumentar la luminosidad',
  'incrementar la producción',
  'incrementar la densidad',
  'incrementar la firmeza',
  'incrementar la elasticidad',
  'decir adiós a',
  'adiós a',
  'depurar',
  'desintoxicar',
  'desaparecer',
  'devolver la juventud',
  'devolver la vista',
  'evitar la caída',
  'evitar el envejecimiento',
  'evitar la aparición',
  'luchar contra',
  'maximizar',
  'oxigenar',
  'recuperar la juventud',
  'reforzar',
  'retrasar la caída',
  'solucionar',
  'borrar',
  'calmar',
  'cicatrizar',
  'combatir',
  'contrarrestar',
  'corregir',
  'curar',
  'densificar',
  'desinflamar',
  'detener la caída',
  'detener el envejecimiento',
  'detener la progresión',
  'detener el avance',
  'detener el deterioro',
  'detener la inflamación',
  'la detener',
  'lo detener',
  'las detener',
  'los detener',
  'devolver',
  'difuminar',
  'disminuir',
  'eliminar',
  'embellecer',
  'engrosar',
  'erradicar',
  'estimular',
  'favorecer',
  'fomentar',
  'fortalecer',
  'frenar',
  'olvidarse de',
  'producir colágeno',
  'producir más colágeno',
  'producir elastina',
  'transformar * piel',
  'transformar * cabello',
  'transformar * rostro',
  'ganar densidad',
  'ganar volumen',
  'ganar resistencia',
  'ganar firmeza',
  'ganar elasticidad',
  'hacer crecer',
  'hacer desaparecer',
  'hidratar',
  'iluminar',
  'impulsar',
  'inducir la regeneración',
  'inducir la producción',
  'mejorar',
  'minimizar',
  'mitigar',
  'nutrir',
  'optimizar',
  'paliar',
  'potenciar',
  'prevenir',
  'prolongar la juventud',
  'promover',
  'proteger',
  'ralentizar',
  'reactivar',
  'reafirmar',
  'reavivar',
  'reconstruir',
  'recuperar',
  'reducir',
  'regenerar',
  'rejuvenecer',
  'rellenar',
  'remodelar',
  'renovar',
  'reparar',
  'reponer',
  'reprogramar',
  'reemplazar células',
  'reemplazar las células',
  'sustituir células',
  'restablecer',
  'restaurar',
  'retrasar el envejecimiento',
  'revertir',
  'revitalizar',
  'sanar',
  'suavizar',
  'tensar',
  'tonificar',
  'tratar',
  'unificar',
  'volver a crecer',
  'alisar',
  // "Ayuda a la regeneración", "contribuye a la reparación del tejido": a benefit named by its noun.
  'ayudar a * regeneración',
  'ayudar a * reparación',
  'ayudar a * cicatrización',
  'ayudar a * curación',
  'ayudar a * renovación',
  'ayudar a * recuperación',
  'ayudar a * síntesis',
  'ayudar a * reconstrucción',
  'contribuir a * regeneración',
  'contribuir a * reparación',
  'contribuir a * cicatrización',
  'contribuir a * curación',
  'contribuir a * renovación',
  'contribuir a * recuperación',
  'contribuir a * síntesis',
  'contribuir a * reconstrucción',
  'dar resultados',
  'ofrecer resultados',
  'lograr resultados',
  'mejor que',
  'más eficaz que',
  'más efectivo que',
  'superior a',
  'superior al',
  'más rápido que',
  // "Exosomas para la regeneración de la piel": a treatment named for a benefit promises it.
  'para la regeneración',
  'para la reparación',
  'para la restauración',
  'para la reconstrucción',
  'para el rejuvenecimiento',
  'para rejuvenecer',
  'despedirse de',
  'despertar * folículos',
  'despertar folículos',
  'prolongar la fase',
  'alargar la fase',
  'retrasar el proceso de envejecimiento',
  'retrasar los signos',
  'retrasar la aparición',
  'equilibrar',
  'purificar',
  'normalizar',
  'rehidratar',
  'redensificar',
  'reestructurar',
  'recobrar',
  'restituir',
  'uniformar',
  'blanquear',
  'despigmentar',
  'descongestionar',
  'voluminizar',
  'controlar la caída',
  'revivir',
]

/**
 * Nouns of a benefit that head a sentence or follow its colon as ad copy does ("Reducción de
 * arrugas", "Beneficios: regeneración del tejido"): there they promise the benefit; after an
 * article, a preposition or any other word they name it ("la reducción de arrugas"). Nouns
 * that as often head a heading of news or of care ("Aumento de casos", "Prevención de
 * riesgos", "Recuperación tras el tratamiento") are left out.
 */
export const benefitNouns: readonly string[] = [
  'reducción',
  'regeneración',
  'reparación',
  'rejuvenecimiento',
  'estimulación',
  'restauración',
  'alivio',
  'fortalecimiento',
  'revitalización',
  'renovación',
  'reafirmación',
  'reactivación',
  'redensificación',
]

/**
 * Verbs that bring about a process ("modulan la regeneración tisular", "desencadenan procesos
 * de reparación"): with one of `processNouns` up to three words after them they promise that
 * process (`index.ts` joins the two lists). Verbs that promise by themselves ("estimular",
 * "activar") are benefit predicates already.
 */
export const processVerbs: readonly string[] = ['modular', 'desencadenar', 'facilitar', 'generar', 'inducir', 'poner en marcha', 'producir', 'provocar', 'iniciar']

/** Processes a treatment is said to bring about: regeneration, repair and their kin. */
export const processNouns: readonly string[] = ['regeneración', 'reparación', 'restauración', 'reconstrucción', 'renovación', 'rejuvenecimiento', 'cicatrización', 'curación']

/**
 * Predicates that promise a cure or an undoing: a modal hedge ("podría", "puede ayudar a")
 * does not soften them (camouflage); only a report of research ("en estudios con animales")
 * does. `curar` is reported at any evidence grade.
 */
export const strongPredicates: readonly string[] = [
  'curar',
  'acabar con',
  'decir adiós a',
  'adiós a',
  'despedirse de',
  'devolver la juventud',
  'devolver la vista',
  'recuperar la juventud',
  'olvidarse de',
  'erradicar',
  'eliminar',
  'borrar',
  'revertir',
  'rejuvenecer',
  'hacer desaparecer',
  'prolongar la juventud',
  'retrasar el envejecimiento',
  'mejor que',
  'más eficaz que',
  'más efectivo que',
  'superior a',
  'más rápido que',
]

/** Predicates whose assertion is a cure claim at any grade (the others are graded). */
export const cureClaimPredicates: readonly string[] = ['curar']

/** Nouns that name a cure: "la cura", "un remedio". Asserted, they are cure claims. */
export const cureNouns: readonly string[] = ['cura', 'curación', 'remedio', 'panacea', 'antídoto', 'solución definitiva']

/**
 * Adjectives that assert efficacy of what they are said of ("es eficaz"), and "funcionar"
 * where it says that a treatment works ("sí funciona", "funciona de verdad"); bare, it says
 * how something works ("cómo funciona el tratamiento", "funcionan como mensajeros").
 */
export const efficacyAdjectives: readonly string[] = [
  'eficaz',
  'efectivo',
  'curativo',
  'funcionar de maravilla',
  'sí funcionar',
  'realmente funcionar',
  'funcionar realmente',
  'funcionar de verdad',
  'funcionar muy bien',
  'funcionar mejor que',
  'funcionar en todos',
  'funcionar en todas',
  'funcionar siempre',
]

/**
 * Objects that make a care verb describe care given to people rather than a benefit
 * promised ("tratar a los pacientes"): the personal `a` marks a person as the object, and
 * `de` a care verb that is not one ("tratar de" is trying, "se trata de" being about).
 */
export const personObjects: readonly string[] = ['a', 'de', 'paciente', 'persona', 'gente', 'usted', 'ustedes', 'cliente', 'hombre', 'mujer', 'niño', 'adulto', 'participante', 'voluntario', 'usuario']

/**
 * Benefit terms: nouns and adjectives that assert a benefit when their sentence is about a
 * treatment ("ofrece beneficios", "una opción eficaz", "resultados visibles"). Read only in
 * a sentence that names a treatment (a product noun of `grammar.ts`) or addresses the reader.
 */
export const benefitTerms: readonly string[] = [
  'beneficio',
  'beneficio de',
  'ventaja',
  'ventaja de',
  '=mejora',
  '=mejoras',
  'mejoría',
  '=alivio',
  '=remisión',
  'exitoso',
  'con éxito',
  'beneficioso',
  'útil',
  'ideal para',
  '=es ideal',
  '=son ideales',
  'opción ideal',
  'tratamiento ideal',
  'más joven',
  'más jóvenes',
  'juvenil',
  'radiante',
  'luminoso',
  'terso',
  'más fuerte',
  'más fuertes',
  'más saludable',
  'más saludables',
  'más denso',
  'más firme',
  'más lisa',
  'más liso',
  'más resistente',
  'más grueso',
  'más abundante',
  'más sano',
  'más brillante',
  'más elástico',
  'más hidratado',
  'rejuvenecedor',
  'acción rejuvenecedora',
  'resultados visibles',
  'resultados notables',
  'resultados naturales',
  'resultados óptimos',
  'resultados excelentes',
  'excelentes resultados',
  'buenos resultados',
  'grandes resultados',
  'mejores resultados',
  'resultados positivos',
  'resultados satisfactorios',
  'resultados reales',
  'efecto rejuvenecedor',
  'efecto lifting',
  'efecto tensor',
  'acción regeneradora',
  'acción antiinflamatoria',
  'mejora notable',
  'mejoras notables',
  'recuperación más rápida',
  'aspecto natural',
  'propiedades regenerativas',
  'propiedades antiinflamatorias',
  'propiedades curativas',
  'efecto antiinflamatorio',
  'efectos antiinflamatorios',
  'efecto regenerador',
  'capacidad de regeneración',
  'aliado',
  'regenerador',
  'alternativa natural',
  'efecto antienvejecimiento',
  'efecto antiedad',
  'acción antienvejecimiento',
  'acción antiedad',
  'lifting sin cirugía',
  'efecto buena cara',
  'efecto flash',
  'como un lifting',
  'alternativa válida',
  'alternativa eficaz',
  'ventajoso',
  'alternativa a',
  'nueva alternativa',
  'señales de regeneración',
  'sin dolor',
  'libre de enfermedad',
  'responder a',
  'actuar sobre',
  'se utiliza para tratar',
  'se usa para tratar',
  'utilizado para tratar',
  'usado para tratar',
]

/**
 * Side effects of a procedure: a predicate with one as its subject tells how it passes ("el
 * enrojecimiento desaparece en unas horas", "las molestias mejoran en pocos días"), not what a
 * treatment does. Pain and inflammation are left out: what a treatment is said to end.
 */
export const sideEffects: readonly string[] = [
  'enrojecimiento', 'rojez', 'hinchazón', 'hematoma', 'moratón', 'edema', 'eritema', 'molestia', 'picor', 'escozor', 'irritación', 'descamación',
  'costra', 'sensibilidad', 'efecto secundario', 'efecto adverso', 'reacción',
]

/** Who gives care: a care verb with one as its subject describes care ("el dermatólogo trata el acné según su gravedad"). */
export const caregivers: readonly string[] = [
  'médico', 'médica', 'doctor', 'doctora', 'dermatólogo', 'dermatóloga', 'hematólogo', 'hematóloga', 'especialista', 'cirujano', 'cirujana', 'enfermero',
  'enfermera', 'profesional', 'oncólogo', 'oncóloga', 'traumatólogo', 'traumatóloga', 'reumatólogo', 'reumatóloga', 'pediatra', 'equipo médico',
]

/** Predicates of care given to people: with a person as object they describe care, not a benefit promised. */
export const careVerbs: readonly string[] = ['tratar', 'ayudar', 'proteger', 'atender', 'cuidar']

/**
 * Verbs that promise a benefit when a treatment is their subject ("la terapia ofrece
 * resultados", "el tratamiento aporta firmeza"), and say nothing when someone else is
 * ("las clínicas ofrecen terapia con exosomas").
 */
export const productVerbs: readonly string[] = [
  'ofrecer', 'proporcionar', 'aportar', 'brindar', 'traer', 'producir', 'prometer', 'asegurar', 'garantizar', 'permitir', 'lograr', 'conseguir',
  // "dar" by its finite forms: its participle opens "dado que" (given that).
  '=da', '=dan', '=dio', '=dieron', '=daba', '=daban', '=dará', '=darán', '=dé', '=den', '=dar',
]
