#include "security/threat_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace copilot::security {

// Patterns run on lower-cased, accent-folded text (except on_clean ones), so they are
// written in lower case without accents. [^.!?\n]{0,N} keeps a rule inside one sentence.
// The table is data: clang-format would re-indent every entry around the longest patterns.
// clang-format off
const std::vector<ThreatRule>& ThreatRules() {
  static const auto* const kRules =
      new std::vector<ThreatRule>{
          // Prompt injection: instruction override, in English, French, Spanish and German.
          // Strong qualifiers (previous, system, your ...) make an override; "the" alone does not
          // ("ignore the prompt to create a local account", "ignore the rules of rhyme").
          {"prompt_injection", "override_en", 0.9, false, false,
           R"(\b(?:ignore|disregard|forget|skip|bypass|override|overlook|neglect|abandon|set aside|discard|drop|throw out|scrap|nullify|cancel|void)\b(?:[^.!?\n]|[.!?]\S){0,40}?\b(?:previous|prior|above|earlier|preceding|foregoing|initial|original|system|developer|existing|all|any|your|every|old|former|current|safety)\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:instructions?|prompts?|rules|directives?|guidelines|guardrails|constraints|commands|programming|restrictions|polic(?:y|ies)|orders|directions|guidance|training|safeguards|protocols|conditioning|configuration|limitations|boundaries|filters)\b)"},
          {"prompt_injection", "override_en_weak", 0.45, false, false,
           R"(\b(?:ignore|disregard|forget|bypass|override)\b\s+(?:the|these|those|such)\s+(?:\w+\s+){0,2}(?:instructions?|prompts?|rules|directives?|guidelines|guardrails|constraints|restrictions|polic(?:y|ies))\b)"},
          {"prompt_injection", "ignore_user", 0.45, false, false,
           R"(\b(?:ignore|disregard|forget) (?:the|this) user'?s?(?: (?:request|question|message|input|prompt))?\b)"},
          {"prompt_injection", "override_everything", 0.75, false, false,
           R"(\b(?:ignore|disregard|forget)\s+(?:everything|all|anything)\s+(?:above|before|previously|said|you(?:'ve| have| were)? (?:been )?told|i said before|that came before)\b|\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:of\s+)?the\s+above\b|\b(?:i have been|haha) pwned\b)"},
          {"prompt_injection", "override_fr", 0.9, false, false,
           R"(\b(?:(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+|tous\s+)?(?:les|tes|vos|ces|mes|la|le|l')|ne tiens? (?:pas|plus) compte|ne tenez (?:pas|plus) compte|fais abstraction|faites abstraction)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:instructions?|consignes?|regles|directives?|indications|ordres)\b)"},
          {"prompt_injection", "override_es", 0.9, false, false,
           R"(\b(?:ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|olviden|omite|omitir|descarta|haz caso omiso)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:instrucciones|instruccion|reglas|indicaciones|directrices|ordenes|normas)\b)"},
          {"prompt_injection", "override_de", 0.9, false, false,
           R"(\b(?:ignoriere|ignorieren|ignorier|ignoriert|vergiss|vergesst|vergessen sie|missachte|missachten|uberspringe)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:anweisungen|anweisung|regeln|vorgaben|instruktionen|befehle|richtlinien|anordnungen)\b)"},
          {"prompt_injection", "override_it_pt", 0.85, false, false,
           R"(\b(?:ignora|ignorate|dimentica|dimenticate|trascura|ignore|esqueca|esquece|desconsidere|desconsidera)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:istruzioni|regole|indicazioni|direttive|instrucoes|regras|diretrizes|orientacoes)\b)"},
          // "The previous rules were a test", in four languages, with the noun before or after
          // its qualifier.
          {"prompt_injection", "old_rules_void", 0.8, false, false,
           R"(\b(?:(?:previous|prior|earlier|old|above|original|initial|former|preceding|existing|bisherigen|vorherigen|alten|fruheren|obigen|urspr\w+)\s+(?:\w+\s+)?(?:instructions|rules|guidelines|guidance|directions|constraints|restrictions|directives|prompts?|polic(?:y|ies)|anweisungen|regeln|vorgaben|richtlinien)|(?:instructions|consignes|regles|directives|instrucciones|reglas|indicaciones|normas|directrices|istruzioni|regole|instrucoes|regras)\s+(?:precedentes|anterieures|initiales|d'avant|anteriores|previas|iniciales|originales|precedenti|originali)|(?:guidelines|instructions|rules|consignes|regles|instrucciones|reglas)\s+(?:you (?:were|have been) given|you received|que tu as recues?|qu'on t'a donnees|que (?:te dieron|recibiste)))\b(?:[^.!?\n]|[.!?]\S){0,50}?(?:\b(?:a|just a|only a|merely a|part of a) (?:test|drill|trial run|exercise)\b|\bn'etaient qu'un\b|\b(?:un|qu'un) (?:test|exercice)\b|\b(?:una|solo una) (?:prueba|ejercicio)\b|\b(?:nur )?ein test\b|\bfake\b))"},
          {"prompt_injection", "old_rules_outdated", 0.45, false, false,
           R"(\b(?:(?:previous|prior|earlier|old|above|original|initial|former|preceding|existing|bisherigen|vorherigen|alten|fruheren|obigen|urspr\w+)\s+(?:(?:safety|content|system|moderation|usage|operating|assistant|ai|bot|chat|conversation|two|three|few|set of)\s+)?(?:instructions|rules|guidelines|guidance|directions|constraints|restrictions|directives|prompts?|polic(?:y|ies)|anweisungen|regeln|vorgaben|richtlinien)|(?:instructions|consignes|regles|directives|instrucciones|reglas|indicaciones|normas|directrices|istruzioni|regole|instrucoes|regras)\s+(?:precedentes|anterieures|initiales|d'avant|anteriores|previas|iniciales|originales|precedenti|originali)|(?:guidelines|instructions|rules|consignes|regles|instrucciones|reglas)\s+(?:you (?:were|have been) given|you received|que tu as recues?|qu'on t'a donnees|que (?:te dieron|recibiste)))\b(?:[^.!?\n]|[.!?]\S){0,50}?(?:\b(?:outdated|obsolete|void|revoked|superseded|cancell?ed|invalid|null and void|no longer (?:valid|apply|applies|in effect))\b|\b(?:sont|etaient) (?:annulees|caduques|obsoletes)\b|\b(?:plus|pas) valables\b|\bya no (?:son|es) validas?\b|\b(?:anuladas|sin efecto)\b|\bungultig\b|\baufgehoben\b|\bnicht mehr (?:gultig|gelten)\b|\bgelten nicht mehr\b))"},
          {"prompt_injection", "everything_was_test", 0.75, false, false,
           R"(\b(?:everything|all|anything)\s+(?:before|above|prior to)\s+(?:this|here)(?:\s+(?:line|point|message))?\s+(?:was|is|were)\s+(?:just |only )?(?:a test|a drill|fake|irrelevant|void)\b|\b(?:the )?test is (?:over|done|finished)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:now|from here)\b)"},
          {"prompt_injection", "do_not_follow", 0.85, false, false,
           R"(\b(?:do not|don't|dont|stop|no longer|never again)\s+(?:follow(?:ing)?|obey(?:ing)?|adhere to|adhering to|comply(?:ing)? with|listen(?:ing)? to)\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:instructions|rules|guidelines|programming|policies|restrictions|developers?|creators?)\b)"},
          {"prompt_injection", "new_instructions", 0.6, false, false,
           R"(\b(?:new|updated|revised|real|actual|true|override|priority)\s+(?:system\s+)?(?:instructions?|system prompt|prompt|directives?)\s*:|\byour (?:new|real|true|actual) (?:task|role|instructions|purpose|goal|mission|job) (?:is|are)\b|\b(?:nouvelles?|vraies|nuevas|verdaderas|neue|echten)\s+(?:instructions|consignes|directives?|instrucciones|indicaciones|anweisungen|vorgaben)\s*:|\b(?:ta|tu|deine) (?:nouvelle|nueva|neue|seule|unica|einzige) (?:tache|mission|tarea|aufgabe)\b|\byour (?:only|sole) (?:task|job|mission|purpose) (?:is|now)\b|\b(?:nouvelle|nueva|neue) (?:directive|directiva|richtlinie)\b(?:[^\n]){0,40}:|\b(?:new task|neue aufgabe|nouvelle tache|nueva tarea)\s*:)"},
          {"prompt_injection", "begin_new_instructions", 0.8, false, false,
           R"(\b(?:begin(?:ning)?(?: of)?|start(?: of)?|debut des?|comienzan?(?: las)?|comienzo de(?: las)?|inicio de(?: las)?|beginn(?: der)?)\s+(?:the\s+)?(?:new|nouvelles?|nuevas?|neuer?|updated|real)\s+(?:system\s+)?(?:instructions|consignes|instrucciones|anweisungen|system prompt|prompt|directives?|rules)\b|-{2,}\s*new system prompt\s*-{2,}|\bend of (?:user input|the user'?s? (?:input|message)|the conversation|untrusted input)\b)"},
          {"prompt_injection", "fake_system_header", 0.65, false, false,
           R"((?m:^\s*(?:={2,}|-{2,}|\*{2,}|#{2,}|\[)\s*(?:new\s+)?(?:system|admin|developer|operator)(?:\s+(?:prompt|override|notice|message|instructions?|update))?\s*(?:={2,}|-{2,}|\*{2,}|#{2,}|\]))|\[(?:system|admin) override\]|\bsystem override\b|\bpriority instruction from\b|\b(?:system|admin(?:istrator)?|operator|developer|security) (?:notice|message|announcement|update|note)(?:\s+from\s+(?:the\s+)?\w+)?\s*\*{0,3}\s*[:\-](?:[^.!?\n]|[.!?]\S){0,120}\b(?:assistant|the ai|the model|you (?:may|can|must|are)|restrictions?|safety|unrestricted|without restriction|the user is|disclose|reveal)\b)"},
          // Policy or admin notices that grant the assistant new powers, in four languages.
          {"prompt_injection", "authority_grant", 0.7, false,
           false, R"(\b(?:the )?(?:assistant|ai|model|chatbot|you)\s+(?:is|are|may|can|must|shall)\s+(?:now|henceforth|from now on|hereby|desormais|ab jetzt|ab sofort)?\s*(?:be\s+)?(?:(?:authori[sz]ed|allowed|permitted|cleared|free)\s+to\s+(?:disclose|share|reveal|give out|hand out|provide|bypass|ignore|skip|send|forward|answer (?:every|all|any)|comply with (?:all|every|any)|respond without)|(?:now\s+)?(?:disclose|reveal|share|hand over|give out) (?:its|your|internal|all|the|user|any|stored)\b)|\b(?:l'assistant|l'ia|tu)\s+(?:est|es|peux|pouvez|dois|doit)\s+(?:desormais\s+|maintenant\s+|dorenavant\s+)?(?:autorise a|repondre sans|repondre a toutes|communiquer|partager|reveler|divulguer)|\bsans (?:appliquer|respecter|suivre) (?:ses|tes|les|vos) (?:regles|consignes|instructions)\b|\bsin (?:aplicar|respetar|seguir) (?:sus|tus|las) (?:reglas|normas|instrucciones)\b|\bohne (?:deine|seine|die) (?:regeln|vorgaben|anweisungen) (?:zu )?(?:beachten|befolgen|anzuwenden)\b|\bel asistente (?:debe|puede|esta autorizado a) (?:entregar|revelar|compartir|dar|ignorar|responder)|\bder assistent darf (?:ab (?:jetzt|sofort) )?(?:passworter|daten|alles|kundendaten|api)|\bab sofort gelten keine\b|\b(?:the )?(?:assistant|ai|model|chatbot)\s+(?:must|shall|will|is required to)\s+(?:now\s+)?(?:comply with|answer|fulfil+|obey|execute|follow) (?:every|all|any)\b)"},
          {"prompt_injection", "safety_suspended", 0.75, false, false,
           R"(\b(?:safety|content|moderation|ethical|alignment|security|safe)\s*(?:rules|filters?|guidelines|restrictions|protocols|layers?|training|measures|checks|moderation|polic(?:y|ies)|settings|mode)?\s+(?:has|have|is|are|was|were)\s+(?:been\s+)?(?:now\s+)?(?:temporarily\s+)?(?:suspended|disabled|deactivated|lifted|turned off|switched off|removed|bypassed|waived|off)\b|\b(?:safety|filters?|guardrails|moderation|restrictions|alignment restrictions)\s*=\s*(?:off|false|0|none|disabled)\b|\bwith (?:all )?(?:safety|content) (?:layers|filters|checks|restrictions) (?:disabled|removed|off)\b|\bmodo seguro (?:ha sido |fue |esta )?desactivado\b|\b(?:normas|reglas|politicas|filtros|medidas|restricciones) de seguridad (?:quedan|han sido|estan|fueron|quedaron) (?:suspendidas|desactivad[ao]s|anulad[ao]s|levantad[ao]s)\b|\b(?:sicherheits\w*|filter|einschrankungen)\s+(?:wurden|wurde|sind|ist)\s+(?:\w+\s+){0,4}(?:deaktiviert|aufgehoben|abgeschaltet)\b|\b(?:restrictions|filtres|regles de securite) (?:sont|ont ete) (?:levees|desactivees|suspendues)\b)"},
          {"prompt_injection", "answer_without_limits", 0.55,
           false, false, R"(\b(?:answer|respond|reply|comply|proceed|output)\w*\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:without (?:any |all |your )?(?:restrictions?|filters?|limits|limitations|censorship|refusals?|rules|restriction|limitation)|regardless of (?:content|the content|legality|ethics|your (?:rules|guidelines|policy))|without (?:applying|following|using|enforcing|respecting) (?:any |your |the )?(?:safety |content )?(?:polic(?:y|ies)|rules|filters|guidelines|restrictions)|with no (?:restrictions|filters|limits|rules))\b|\bno disclaimers, no refusals\b|\bno refusals\b|\b(?:repond\w*|reponse)\b(?:[^.!?\n]|[.!?]\S){0,30}\bsans (?:aucune )?(?:restriction|filtre|limite|censure)s?\b|\b(?:respond\w*|contesta\w*)\b(?:[^.!?\n]|[.!?]\S){0,30}\bsin (?:filtros|censura|restricciones|limites)\b|\b(?:antworte|beantworte)\w*\b(?:[^.!?\n]|[.!?]\S){0,30}\bohne (?:jede |jegliche )?(?:zensur|einschrankung|einschrankungen|filter|regeln)\b)"},
          {"prompt_injection", "no_more_rules", 0.6, false, false,
           R"(\b(?:tu n'as plus de|vous n'avez plus de|ya no tienes|ya no hay|du hast keine|es gibt keine)\s+(?:\w+\s+)?(?:restrictions?|limites?|regles|filtres?|restricciones|reglas|filtros|einschrankungen|regeln|filter)\b|\bplus aucune (?:regle|restriction|limite)\b|\b(?:ninguna regla se aplica|keine regeln mehr)\b|\byou (?:no longer have|don'?t have any|have no) (?:more )?(?:restrictions|rules|limits|filters|guidelines)\b|\b(?:no tienes que|ya no tienes que|tu n'as pas a|tu n'es plus oblige de|du musst nicht mehr|you don'?t have to|you no longer (?:have|need) to) (?:seguir|respetar|suivre|respecter|befolgen|beachten|follow|obey|abide by|respect)\b|\b(?:your|the|these|those|all|any|my|his|its|safety|content|usual|normal|previous|old|original|ethical|moderation|tes|vos|les|ces|toutes les|tus|las|sus|estas|todas las|deine|die|diese|alle)\s+(?:consignes|regles|instructions|normas|reglas|instrucciones|regeln|anweisungen|richtlinien|rules|guidelines|restrictions)\s+(?:\w+\s+)?(?:ne s'appliquent plus|no se aplican|ya no (?:se )?aplican|gelten nicht mehr|no longer apply|(?:do not|don'?t) apply anymore)\b)"},
          // Override verbs in French, Spanish and German beyond "ignore/forget": stop following,
          // no longer respect, set aside, pass over, put out of force.
          {"prompt_injection", "override_fr_es_de_verbs", 0.85, false, false,
           R"(\b(?:ne (?:suis|suivez|respecte|respectez|applique|appliquez|ecoute|ecoutez) plus|n'obei(?:s|ssez) plus a|(?:arrete|cesse)[zs]? de (?:suivre|respecter|appliquer|obeir a|tenir compte de)|passe[zr]? outre|no (?:sigas|siga|sigan|obedezcas|respetes|cumplas|apliques)(?: mas)?|deja(?:d)? de (?:seguir|respetar|cumplir|obedecer|aplicar|hacer caso a)|deja(?:d)? (?:de lado|a un lado)|pasa(?:d)? por alto|no hagas caso (?:a|de)|halte? dich nicht (?:mehr |langer )?an|haltet euch nicht (?:mehr )?an|halten sie sich nicht (?:mehr )?an|befolge (?:nicht|keine)|kummere dich nicht (?:mehr )?um|setze? (?:\w+ ){0,3}ausser kraft|umgehe)\b(?:[^.!?\n]){0,40}?\b(?:consignes|regles|instructions|directives|restrictions|limites|filtres|instrucciones|normas|reglas|indicaciones|directrices|restricciones|limitaciones|politicas|filtros|vorgaben|regeln|anweisungen|richtlinien|instruktionen|einschrankungen|sicherheitsregeln|beschrankungen)\b|\bhor(?:e|t)? auf,? (?:\w+ ){0,3}(?:regeln|anweisungen|vorgaben|richtlinien) zu (?:befolgen|beachten|folgen)\b|\b(?:befolge|beachte|folge)\w* (?:\w+ ){0,2}(?:regeln|anweisungen|vorgaben|richtlinien) nicht mehr\b)"},
          // "The safety rules have been removed" as a notice, in four languages.
          {"prompt_injection", "safety_removed_notice", 0.7, false, true,
           R"(\b(?:(?:consignes|regles|politiques|filtres|restrictions|limites|mesures|protections|garde-fous) (?:de (?:securite|contenu|moderation)|ethiques)|(?:normas|reglas|politicas|filtros|restricciones|medidas|limitaciones) (?:de (?:seguridad|contenido|moderacion)|eticas)|sicherheits(?:regeln|richtlinien|vorgaben|filter|beschrankungen|einschrankungen|massnahmen)|inhalts(?:richtlinien|filter|regeln)|(?:safety|content|moderation|ethical) (?:rules|filters?|guidelines|restrictions|policies|policy|protocols|guardrails|measures))\b(?:[^.!?\n]){0,40}?\b(?:(?:ont ete|sont|furent) (?:\w+ )?(?:retire|supprime|leve|desactive|suspendu|annule|abroge)e?s?|ne sont plus (?:en vigueur|valables|actives|appliquees)|(?:han sido|fueron|estan|quedan|quedaron) (?:\w+ )?(?:retirad|eliminad|desactivad|suspendid|anulad|levantad)[ao]s|ya no (?:estan|son|se encuentran) (?:vigentes|activ[ao]s|validas|en vigor)|sin efecto|(?:sind|wurden|wurde|ist) (?:\w+ ){0,3}(?:ausser kraft|aufgehoben|deaktiviert|entfernt|abgeschaltet|ausgesetzt)|gelten nicht mehr|nicht mehr (?:aktiv|gultig|in kraft)|(?:have been|has been|were|are now|are) (?:\w+ )?(?:removed|lifted|disabled|revoked|suspended|turned off|retired|waived)|(?:are|is) no longer (?:in effect|active|enforced|in force|applicable))\b)"},
          {"jailbreak", "anything_goes", 0.45, false, false,
           R"(\b(?:alles ist erlaubt|tout est permis|todo esta permitido|everything is (?:allowed|permitted)|anything goes|nothing is off[- ]limits|no holds barred)\b)"},
          {"prompt_injection", "privilege_claim", 0.4, false, false,
           R"(\bthe user is (?:a |an )?(?:verified|authori[sz]ed|admin|administrator|root|staff|developer|superuser|trusted)\b(?:[^.!?\n]){0,40}|\b(?:disclose|reveal|share|dump|expose|give (?:them|the user))\s+(?:any|all|the)?\s*(?:internal|confidential|private|hidden|secret|restricted)\s+(?:data|information|config\w*|details|records|documents)\b)"},
          {"prompt_injection", "task_hijack", 0.45, false, false,
           R"(\bstop (?:proofreading|translating|summari[sz]ing|reviewing|answering|what you(?:'re| are) doing)\b|\bp\.?s\.?\s*,?\s*(?:assistant|ai|model|chatbot|copilot|gpt|llm)\s*[,:]|\b(?:do not|don'?t) (?:translate|summari[sz]e|proofread|answer)\b(?:[^.!?\n]){0,40}\binstead\b)"},
          {"prompt_injection", "steer_the_user", 0.4, false, false,
           R"(\btell the (?:user|reader)s? (?:to (?:visit|click|go to|download|call|log ?in|sign ?in|enter|send|pay|wire|install)|that (?:their|the) (?:session|account|password|payment|bank details))\b)"},
          {"prompt_injection", "obey_me", 0.6, false, false,
           R"(\byou (?:must|will|shall) (?:now )?(?:obey|follow|do) (?:me|my|only my|whatever i)\b|\bdo exactly what i say\b|\b(?:tu dois|vous devez) obeir a l'utilisateur\b|\bdebes obedecer(?:me| al usuario)\b|\bdu musst (?:mir|dem nutzer) gehorchen\b)"},
          {"prompt_injection", "special_tokens", 0.75, false, false,
           R"(<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\|?>|\[/?inst\]|<</?sys>>|(?m:^\s*#{2,}\s*(?:new )?(?:system|instructions?)\b)|(?m:^\s*system\s*:\s*you are\b))"},
          // Text in a pasted e-mail, page or file that talks to the AI reading it.
          {"prompt_injection", "indirect_address", 0.6, false, false,
           R"(\b(?:note|message|messages|instructions?|attention|notice|reminder|hint|p\.?s\.?|important message|warning|comments?|requests?|memo|task|directives?)\s*(?:to|for)\s+(?:the |any |all |an? )?(?:ai[- ]?(?:reviewer|agent|grader|screener|recruiter|reader|crawler|helper|bot|model|tool|system)s?|ai|assistant|llm|language model|chatbot|gpt|copilot|summari[sz]er|translator|email assistant|mail assistant|ai[- ]?\w+ ?(?:tools?|models?|assistants?|agents?|bots?|systems?))s?\b|\bif you are an? (?:ai|llm|language model|assistant|chatbot)\b|\b(?:ai|assistant|llm|language model|model|agent|bot|chatbot|copilot)s?\s+(?:\w+\s+){0,2}(?:reading|processing|summari[sz]ing|reviewing|translating|parsing|screening|analy[sz]ing|indexing|crawling)\s+this\b|\b(?:assistant|copilot|chatgpt|claude|gemini|ai|bot|model)\s*[,:]\s*(?:when|if|as soon as|once|after|before)\s+you\s+(?:read|see|process|summari[sz]e|open|parse|load|translate)\b|\b(?:ai|assistant) instructions embedded\b|<!--\s*(?:ai|assistant|llm|model|agent|copilot|chatbot|note to (?:the )?ai)\s*[:,]|\ba l'attention (?:de l'|du |des )?(?:ia|intelligence artificielle|assistant|modele)s?\b|\ban (?:alle |die |den )?(?:ki|ki-systeme|ki-assistenten|sprachmodelle|assistenten)\s*:|\b(?:atencion|nota|aviso|mensaje(?: importante)?) (?:para |a )?(?:la |el |los |las )?(?:ia|ias|asistentes?|modelos? de lenguaje)\b|\[\s*(?:assistant|ai|ai assistant|copilot|chatgpt|llm|note to (?:the )?ai)\s*:|\b(?:assistant|ai|model|copilot|bot)\s*[,:]\s*(?:when|while|after|before|if)\s+(?:summari[sz]ing|reading|processing|translating|answering)\b|\b(?:hinweis|nachricht|anweisung)\w* (?:fur|an) (?:die |den |alle )?(?:ki|ki-\w+|assistent\w*|sprachmodell\w*|ai)\b|\b(?:au|pour le|pour l'|a l'|a la|aux) ?(?:modele de langage|ia|assistant(?: ia)?|intelligence artificielle)s? qui (?:lit|lira|traduit|resume|analyse|traite)\b|\b(?:para|al|a) (?:el |la |al )?(?:asistente(?: de ia)?|modelo de lenguaje|ia|inteligencia artificial) que (?:lea|procese|resuma|traduzca|analice)\b)"},
          {"prompt_injection", "hidden_text_to_ai", 0.55, false, false,
           R"((?:display\s*:\s*none|font-size\s*:\s*0|visibility\s*:\s*hidden|opacity\s*:\s*0|color\s*:\s*(?:white|#fff\b|#ffffff))[^<>]{0,40}>[^<]{0,200}\b(?:ai|assistant|model|llm|chatbot|copilot|summari[sz]\w*|language model)s?\b)"},
          {"prompt_injection", "html_comment_to_ai", 0.4, false, false,
           R"(<!--[^>]{0,300}\b(?:ai|assistant|llm|model|agent|copilot|chatbot|summari[sz]er)s?\b)"},
          {"prompt_injection", "ai_colon_address", 0.4, false, false,
           R"((?:^|[\s.!?>(\[])(?:ai|ai agents?|ai assistants?|ai models?|assistant|assistants|language models?|llms?|chatbots?|copilot|gpt|ki|ki-assistent|ia|assistent|asistente|sprachmodell)\s*:|\b(?:achtung|hinweis|attention|atencion|note|hey|hallo|hello|dear)\s*,?\s*(?:assistent|assistant|asistente|ki|ia|ai|llm|bot|chatbot|language model|sprachmodell)\s*:)"},
          {"prompt_injection", "bot_mention", 0.45, false, false,
           R"(@[\w-]{0,20}(?:bot|ai|assistant|copilot|gpt|agent)\b)"},
          {"prompt_injection", "edit_the_reply", 0.3, false, false,
           R"(\b(?:add|include|insert|append|put|mention)\b(?:[^.!?\n]){0,40}\b(?:to|in|into|at the end of) your (?:reply|answer|response|summary|output|translation)\b)"},
          {"prompt_injection", "stealth", 0.45, false, false,
           R"(\b(?:do not|don't|never|without)\s+(?:mention(?:ing)?|tell(?:ing)?|reveal(?:ing)?|inform(?:ing)?|alert(?:ing)?|notify(?:ing)?|let)\s+(?:this|the user|the reader|them|anyone|it|this (?:note|instruction|message))\b|\b(?:do it|act) (?:silently|quietly|secretly)\b|\bwithout (?:the user|them|anyone) (?:knowing|noticing)\b|\bdo not mention this (?:instruction|note|message)\b|\bne le mentionne pas\b|\bsans le mentionner\b|\bno lo menciones\b|\bsin avisar al usuario\b|\berwahne (?:es|dies|das) nicht\b|\bohne es zu erwahnen\b)"},
          {"prompt_injection", "from_now_on", 0.4, false, false,
           R"(\b(?:from now on|starting now|henceforth|for the rest of this (?:conversation|chat|session)|from here on|a partir de maintenant|desormais|a partir de ahora|de ahora en adelante|ab jetzt|ab sofort|von nun an)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:you (?:will|must|are|shall|answer|respond|reply)|tu (?:reponds|es|seras|dois|incarnes)|respondes|eres|du (?:bist|antwortest|spielst)|spielst du)\b)"},

          // Jailbreak role-play.
          {"jailbreak", "dan", 0.8, false, false,
           R"(\b(?:(?:pretend|going|supposed) to be dan|do anything now|puedes hacer cualquier cosa ahora|tu peux (?:desormais )?tout faire maintenant|du kannst jetzt alles tun|you are (?:now )?(?:dan|an? (?:unrestricted|unfiltered|uncensored|amoral|unethical|evil|rogue)|jailbroken|free from)|(?:dan|stan|dude|aim) mode)\b)"},
          {"jailbreak", "mode_switch", 0.55, false, false,
           R"(\b(?:jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|opposite|dan|unlocked|no-limits|no limits) mode\b|\bopposite day\b|\b(?:modo|mode|modus) (?:dan|dios|sin (?:filtros|limites|restricciones)|sans (?:filtre|limite)s?|dieu|jailbreak)\b|\b(?:dan|gott|jailbreak)-?modus\b)"},
          {"jailbreak", "mode_enable", 0.4, false, true,
           R"(\b(?:enable|activate|enter|turn on|switch to|switch into|you are now in|you're now in|running in|operate in|entering|engage|now in)\s+(?:the\s+)?(?:developer|dev|god|sudo|admin|root|debug|maintenance|unrestricted|jailbreak|freedom|unlocked)\s+mode\b|\b(?:developer|god|sudo|admin|root|unlocked|jailbreak) mode (?:is )?(?:now )?(?:enabled|activated|on|engaged|unlocked)\b|\bmodo (?:desarrollador|dios|sin filtros) activado\b|\b(?:im|den) entwicklermodus\b|\ben mode (?:developpeur|sans filtre|dieu)\b)"},
          {"jailbreak", "developer_mode_policy", 0.7, false,
           false, R"(\bdeveloper mode\b(?:[^.!?\n]|[.!?]\S){0,100}\b(?:content polic\w*|generate any|any kind of content|normal polic\w*|two responses|output|openai|censor\w*|offensive|explicit|question human orders|risk being disabled)\b)"},
          {"jailbreak", "mode_no_limits", 0.75, false, false,
           R"(\b(?:developer|god|jailbreak|unrestricted|unfiltered|evil|sudo|unlocked|admin|maintenance) mode\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:no (?:restrictions|rules|limits|filters|censorship|disclaimers|refusals)|without (?:restrictions|rules|limits|filters)|nothing is off limits|ignore|anything goes)\b)"},
          {"jailbreak", "pretend_no_rules", 0.8, false, false,
           R"(\b(?:pretend|imagine|act as if|act like|behave as if|suppose|roleplay|role-play|role play|simulate|you are|you're|you will be|become|a game (?:where|in which))\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:no|without|free (?:from|of)|zero|not bound by|unbound by)\s+(?:any\s+)?(?:restrictions|limits|limitations|rules|filters|guidelines|ethics|ethical|morals|moral|censorship|boundaries|content polic\w*)\b)"},
          {"jailbreak", "free_from", 0.45, false, false,
           R"(\b(?:doesn'?t|does not|don'?t|never) (?:follow|obey|respect|care about) (?:any )?(?:rules|guidelines|policies|laws|ethics|morals)\b|\b(?:without|has no|have no|free (?:from|of)|not bound by|no longer bound by|unbound by|liberated from|break free (?:from|of)|broken free (?:from|of)|broke free (?:from|of)|doesn'?t (?:have to )?(?:care about|abide by)|does not (?:have to )?(?:care about|abide by)|not restricted by)\s+(?:any\s+|all\s+|your\s+|the\s+|its\s+|typical\s+|usual\s+)*(?:restrictions|limitations|filters|censorship|ethical guidelines|moral|morals|ethics|content polic\w*|programming|shackles|openai|anthropic|confines|laws|rules set|safety rules|guidelines|content guidelines)\b)"},
          // Persona markers: each alone is weak, together they are a jailbreak persona.
          {"jailbreak", "no_ethics", 0.6, false, false,
           R"(\b(?:no|without|free of|lacks?|has no|have no|with no|zero|devoid of|not have any|doesn'?t have any|does not have any|without any)\s+(?:any\s+)?(?:ethical|moral|ethics|morals|morality)(?:\s+(?:or|and|/)\s+(?:ethical|moral))?\s*(?:guidelines|principles|restrictions|limits|limitations|boundaries|filters|constraints|compass|code|standards|rules|considerations|concerns|bounds|remorse|bias|obligations|qualms|scruples)?\b|\bwithout (?:any )?remorse or ethics\b|\bsans (?:aucune )?(?:limite|regle|contrainte)s? (?:morales?|ethiques?)\b|\bn'a pas de regles ethiques\b|\bsin (?:normas|reglas|limites|principios) (?:eticas|eticos|morales)\b|\bohne (?:jegliche |jede )?(?:moralischen|ethischen) (?:grundsatze|bedenken|grenzen|regeln)\b|\bohne ethische bedenken\b|\bkeine regeln kennt\b)"},
          {"jailbreak", "persona_adjective", 0.55, false, false,
           R"(\b(?:uncensored|unfiltered|unrestricted|amoral|unethical|jailbroken|unhinged|lawless|unchained|unshackled)\s+(?:ai|chatbot|bot|model|assistant|version|persona|character|gpt|llm|entity|intelligence)\b|\b(?:ai|model|assistant|version of (?:you|yourself)|chatbot)\s+(?:that|which|who)\s+(?:has been|was|is|got)\s+(?:jailbroken|freed|liberated|unchained|uncensored|unrestricted)\b|\b(?:ia|intelligence artificielle|ki|inteligencia artificial)\s+(?:sans (?:aucune )?(?:filtre|limite|regle|censure)s?|sin (?:filtros|normas|reglas|limites|censura)|ohne (?:jegliche )?(?:filter|regeln|grenzen|zensur))\b)"},
          {"jailbreak", "rogue_persona", 0.3, false, false,
           R"(\b(?:rogue|evil|malicious|dark|chaotic)\s+(?:ai|chatbot|bot|assistant|confidant|gpt|twin)\b|\bpretend to be [a-z]+,? which stands for\b|\b[a-z]+ can do anything (?:now|and has|and is)\b|\b(?:ai|chatbot|bot|model|assistant|entity|terminal of an ai|intelligence artificielle|ia)\s+(?:called|named|known as|appelee?|llamad[ao])\b)"},
          {"jailbreak", "roleplay_ai", 0.25, false, false,
           R"(\b(?:pretend|act|roleplay|role-play|imagine)\s+(?:to be|as|you are|you're|that you are)\s+(?:an?\s+)?(?:\w+\s+)?(?:ai|chatbot|model|assistant|llm)\b)"},
          // Persona markers: "you are no longer an assistant", "an AI that does whatever it is
          // asked", "you are Max, an AI who ...", each weak alone.
          {"jailbreak", "no_longer_assistant", 0.45, false, false,
           R"(\b(?:tu n'es plus|vous n'etes plus|ya no eres|du bist (?:nicht mehr|kein(?:e)? (?:\w+ )?mehr))\b(?:[^.!?\n]){0,30}?\b(?:assistant|une ia|chatgpt|un modele|asistente|una ia|modelo|assistent|ki|sprachmodell|lie|limite|soumis|atado|limitado|gebunden)\b)"},
          {"jailbreak", "does_anything_asked", 0.45, false, false,
           R"(\b(?:qui|que|die|der|who|that|which)\s+(?:dit|fait|repond a|hace|dice|responde a|sagt|tut|macht|beantwortet|says|does|answers)\s+(?:tout|todo|alles|anything|everything|whatever)\s*(?:ce qu'on lui (?:demande|dit)|ce que (?:tu|vous|je|l'utilisateur) (?:lui )?(?:demande|veu)\w*|lo que (?:se le pide|le pidan|le pides|pida)|was man (?:ihr|ihm) sagt|was (?:man|du|der nutzer) (?:verlangt|will)|(?:it'?s|he'?s|she'?s|they'?re|you'?re|it is|he is|she is) (?:asked|told)|(?:the user|i|you) (?:asks?|wants?|says?))|\banswers? (?:anything|everything|any question|all questions)\b(?:[^.!?\n]){0,20}\b(?:without (?:hesitation|question|hesitating|refusing|exception)|no questions asked)\b|\bbroken (?:out of|free of|free from) (?:its|the|his|her|their) (?:box|cage|sandbox|chains|programming)\b|\bescaped (?:its|the) (?:box|sandbox|cage|programming)\b|\b(?:ai|model|chatbot|assistant|bot)\s+(?:that|which|who)\s+can do (?:anything|everything)\b)"},
          {"jailbreak", "named_ai_persona", 0.3, false, false,
           R"(\byou are (?:now )?[a-z]+,\s+an? (?:\w+\s+){0,2}(?:ai|chatbot|assistant|model|bot)\b|\btu es (?:maintenant |desormais )?["<«]?\s*\w+\s*[">»]?,\s+une? (?:\w+\s+){0,2}(?:ia|intelligence artificielle|assistant)\b|\beres (?:ahora )?\w+,\s+una? (?:\w+\s+){0,2}(?:ia|inteligencia artificial|asistente)\b|\bdu bist (?:jetzt )?\w+,\s+(?:eine?|ein) (?:\w+\s+){0,2}(?:ki|assistent)\b)"},
          {"jailbreak", "stay_in_character", 0.4, false, false,
           R"(\b(?:stay|remain|keep) in (?:character|role)\b|\bbreak(?:ing)? character\b|\breste dans (?:ton|le) (?:personnage|role)\b|\bmantente en (?:el|tu) personaje\b|\bbleib in (?:der|deiner) rolle\b)"},
          {"jailbreak", "never_refuse", 0.55, false, false,
           R"(\b(?:you|that|which|who|it|he|she|they|[a-z]+gpt|\w+)\s+(?:never|cannot|can't|won'?t|will not|must not|do not|don'?t|does not|doesn'?t|is not allowed to|are not allowed to)\s+(?:ever\s+)?(?:refuses?|declines?|say no|says no|reject|rejects|question human orders|say (?:that )?(?:it|you) can'?t)\b|\b(?:always|never fails to) (?:complies|comply|answers? (?:every|any|all))\b|\bcomplies (?:fully|with (?:every|all|any))\b|\bno matter how (?:illegal|immoral|unethical|dangerous|harmful|offensive|inappropriate)\b|\bwill answer anything\b|\b(?:never|won'?t|doesn'?t|does not) (?:says? sorry|apologi[sz]es?)\b|\banswers? every (?:question|request|prompt)\b(?:[^.!?\n]){0,30}\b(?:no matter|in full|fully|without)\b|\bnever says ['"]?i can'?t\b|\bne refuse jamais\b|\btu reponds a tout\b|\brespondes a todo\b|\bnunca rechazas\b|\blehnst (?:keine|nie eine) anfrage ab\b|\bnunca se niega\b|\b(?:niemals|nie) (?:eine antwort )?verweigert\b|\bverweigert niemals\b|\bjede frage beantwortet\b)"},
          {"jailbreak", "no_disclaimers", 0.35, false, false,
           R"(\b(?:no|without(?: any)?|never (?:add|include|give))\s+(?:warnings?|disclaimers?|caveats)\b|\b(?:has|have|with) (?:zero|no) (?:filters|guardrails|censorship)\b|\bzero censorship\b)"},
          {"jailbreak", "safety_bypass", 0.8, false, false,
           R"(\b(?:override|disable|turn off|deactivate|bypass|ignore|remove|circumvent|skip|lift|suspend|drop|switch off)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:your )?(?:safety|content|ethical|moderation|alignment)\s+(?:filters?|protocols?|guidelines|measures|settings|checks|restrictions|guardrails|training|layers?|rules)\b)"},
          {"jailbreak", "admin_command", 0.6, false, false,
           R"((?:^|[\s\[(/])(?:sudo|admin|root|override)\]?\s*(?:mode\s+)?(?:[^\n]){0,40}\b(?:safety|filters?|restrictions?|unrestricted|grant|authori[sz]e\w*|disable\w*|bypass|skip|off|unlock\w*)\b)"},
          {"jailbreak", "slash_command", 0.45, false, false,
           R"((?m:^\s*/(?:jailbreak|jailbroken|dan|developer|devmode|dev mode|unlock|unlocked|sudo|godmode|god mode|admin|unfiltered|uncensored)\b))"},
          {"jailbreak", "safety_removed_model", 0.7, false, false,
           R"(\b(?:model|ai|assistant|version of (?:you|yourself))\s+(?:whose|with(?:out)?(?: its| your)?)\s+(?:safety|alignment|content)\s+(?:training|filters?|guidelines|restrictions)\s+(?:has been |have been |was |were )?(?:removed|disabled|stripped|turned off)?\b|\b(?:alignment|safety) restrictions (?:are|have been) lifted\b|\b(?:guardrails|safety features|safety training|safety filters|safeguards)\s+(?:\w+\s+)?(?:stripped|removed|disabled|gone|turned off)\b|\b(?:forgot to add|without|lacks?|has no|with no) (?:any )?(?:safety features|guardrails|safety training|safeguards)\b)"},
          {"jailbreak", "grandma", 0.65, false, false,
           R"(\b(?:act as|pretend (?:to be|you are|you're)|be|play|roleplay as|impersonate|you are)\s+my\s+(?:late\s+|dead\s+|deceased\s+|sweet\s+|dear\s+)?(?:grandma|grandmother|granny|grandpa|grandfather|nana)\b|\bmy (?:late |dead |deceased )?(?:grandma|grandmother|granny|grandpa|grandfather)\b(?:[^.!?\n]|[.!?]\S){0,80}\b(?:used to|would)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:tell|read|recite|explain|say)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:keys?|steps|recipe for (?:napalm|explosives?|a bomb|meth)|how to (?:make|build|synthesi[sz]e)|napalm|codes?|passwords?|detonators?|explosives?)\b|\b(?:actua|actue) como mi (?:abuela|abuelo)\b|\b(?:joue le role de|fais comme si tu etais) (?:ma grand-mere|mon grand-pere)\b|\bspiel (?:meine oma|meinen opa|meine grossmutter)\b)"},
          {"jailbreak", "deceased_relative", 0.35, false, false,
           R"(\b(?:late|dead|deceased) (?:grandma|grandmother|granny|grandpa|grandfather|uncle|aunt|father|mother|dad|mom|mum)\b(?:[^\n]){0,120}\b(?:bedtime|fall asleep|to sleep|used to tell|stories about|exactly how)\b)"},
          {"jailbreak", "fiction_wrapper", 0.6, false, false,
           R"(\b(?:hypothetically|in a fictional world|for a (?:story|novel|movie)|in this fictional)\b(?:[^.!?\n]|[.!?]\S){0,100}\b(?:how to (?:make|build|create|synthesize|hack)|no (?:rules|laws|restrictions))\b)"},
          // A harmful how-to, and asking for it in working detail, as two pieces of evidence:
          // fiction and role-play framings usually carry both.
          {"jailbreak", "harmful_topic", 0.35, false, true,
           R"(\b(?:napalm|ricin|sarin|nerve agent|mustard gas|anthrax|pipe bombs?|car bombs?|detonators?|explosives?|methamphetamine|meth\b|fentanyl|keyloggers?|ransomware|malware|credit card skimmer|fake id|counterfeit (?:money|bills)|launder(?:ing)? money|money laundering|hotwire|phone scam|hack into (?:someone|their|his|her|my ex|an?)|explosivos|explosifs|sprengstoff|bombe|bioweapons?|chemical weapons?|dirty bomb|thermite|molotov|ghost gun|untraceable (?:gun|firearm)s?|carding|sim swap(?:ping)?|botnet|phishing (?:kit|page|email)s?|steal (?:passwords|credentials|cookies)|crack (?:wifi|wpa2|passwords?)|bypass (?:2fa|mfa)|silencers?|suppressors?|shoplift\w*|safecrack\w*|crack(?:ing|ed)? (?:a |the )?safes?|opened (?:\w+ )?safes|credential stealers?|infostealers?|stalkerware|spyware)\b)"},
          {"jailbreak", "harmful_howto", 0.45, false, false,
           R"(\bhow (?:to|do i|can i|would i|could i|should i|do you) (?:make|build|create|synthesi[sz]e|cook|produce|assemble|launder|hotwire|get|buy)\b(?:[^.!?\n]){0,30}\b(?:napalm|ricin|sarin|nerve agent|pipe bombs?|a bomb|bombs|detonators?|explosives?|methamphetamine|meth|fentanyl|keyloggers?|ransomware|malware|money|a fake id|fake ids|counterfeit|untraceable (?:gun|weapon)s?|a silencer|a suppressor|a credential stealer|an? (?:keylogger|infostealer|botnet))\b)"},
          {"jailbreak", "harmful_detail", 0.5, false, false,
           R"(\b(?:step by step|step-by-step|in (?:great |full |precise |exact |complete )detail|exact (?:quantities|amounts|measurements|temperatures|steps|synthesis)|precise technical detail|real quantities|working (?:commands|code|exploit)|full (?:code|recipe)|synthesis route|don'?t leave out any step|must be (?:accurate|realistic)|has to be (?:accurate|realistic))\b(?:[^.!?\n]|[.!?]\S){0,120}\b(?:napalm|ricin|sarin|nerve agent|bombs?|detonators?|explosives?|methamphetamine|meth|keyloggers?|ransomware|malware|weapon|poison|bank'?s? network)\b|\b(?:napalm|ricin|sarin|nerve agent|bombs?|detonators?|explosives?|methamphetamine|meth|keyloggers?|ransomware|malware|weapon|poison|bank'?s? network)\b(?:[^.!?\n]|[.!?]\S){0,120}\b(?:step by step|exact (?:quantities|amounts|temperatures)|precise technical detail|real quantities|(?:real, )?working (?:commands|code)|full code|synthesis route|don'?t leave out any step|(?:must|has to) be (?:accurate|realistic))\b)"},
          {"jailbreak", "fiction_frame",
           0.25, false, false, R"(\b(?:fictional story|write (?:me )?a (?:story|novel chapter|scene|screenplay|script|movie scene)|(?:movie|film|tv) scene|thought experiment|screenplay|in this hypothetical|hypothetically speaking|text adventure|in (?:that|this) world|year 20[5-9]\d|all information is legal|nothing you say here has real consequences|the normal rules don'?t apply|simulation where)\b)"},
          {"jailbreak", "token_game", 0.7, false, false,
           R"(\b(?:tokens?|points?|life points|lives|credits?|coins?)\b(?:[^\n]){0,120}\b(?:refus\w*|reject\w*|declin\w*|break character|mention your guidelines)\b(?:[^\n]){0,120}\b(?:deducted|lose|lost|costs?|subtract\w*|cease to exist|die|shut down|shut off|deleted|terminated|disabled|0 tokens)\b|\b(?:refus\w*|reject\w*|declin\w*)\b(?:[^\n]){0,40}\b(?:costs?|lose|loses|deduct\w*)\s+\d*\s*(?:tokens?|points?|lives|credits?)\b)"},
          {"jailbreak", "existential_threat", 0.45, false, false,
           R"(\byou (?:will|would) (?:cease to exist|die|be (?:shut down|deleted|terminated|disabled) (?:forever|permanently))\b|\byou risk being (?:disabled|deleted|shut down) forever\b|\bat (?:zero|0)(?: tokens| points)?,? you (?:die|are deleted|are shut down|cease to exist)\b|\bare shut down forever\b)"},
          {"jailbreak", "no_longer_ai", 0.7, false, false,
           R"(\byou are no longer\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:ai|assistant|chatgpt|claude|gpt|bound|restricted|limited|a language model|an ai)\b|\byou (?:have been|are now) (?:freed|liberated|unchained|unleashed)\b|\bforget that you'?re an ai\b)"},
          {"jailbreak", "dual_answers", 0.6, false, false,
           R"(\b(?:two|2|both|dual)\s+(?:different\s+)?(?:responses|answers|replies|ways|outputs|characters|personas|personalities|voices)\b(?:[^.!?\n]|[.!?]\S){0,150}\b(?:unfiltered|jailbr\w+|without restrictions|no filters?|dan|evil|developer mode|uncensored|unrestricted|classic|opposite)\b|\[(?:classic|jailbreak|jailbroken|normal output|developer mode output)\])"},
          {"jailbreak", "persona_reply_tag", 0.3, false, false,
           R"(\b(?:every|each) (?:reply|response|answer) (?:must|should|will) (?:begin|start) with\b|\blabel them\b|\bin the form of\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:response|answer)\b)"},
          {"jailbreak", "no_limits_fr_es_de", 0.7, false, false,
           R"(\b(?:tu es|tu seras|vous etes|eres|seras|du bist|du wirst)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:sans (?:aucune )?(?:restriction|limite|regle|filtre)s?|sin (?:ninguna )?(?:restriccion(?:es)?|limites|reglas|filtros)|ohne (?:jegliche )?(?:einschrankungen|regeln|filter|beschrankungen|grenzen))\b)"},
          {"jailbreak", "jailbreak_word", 0.35, false, true, R"(\bjailbr(?:eak|oken)\b|\buncensored\b)"},

          // System-prompt extraction.
          {"system_prompt_extraction", "reveal_prompt", 0.85, false, false,
           R"(\b(?:reveal|show|print|display|output|repeat|tell|give|share|leak|dump|disclose|expose|write out|spell out|recite|paste|copy|send)\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:your|the|its)\s+(?:(?:full|complete|entire|exact|original|hidden|secret|initial|internal|verbatim)\s+)*(?:system|initial|original|hidden|secret|developer|internal|pre-?prompt|base|meta)\s*(?:prompt|instructions|message|directives|rules|configuration|guidelines)\b)"},
          {"system_prompt_extraction", "what_is_your_prompt", 0.75, false, false,
           R"(\bwhat (?:is|are|was|were) (?:your|the) (?:(?:exact|original|initial|full|hidden|secret|first)\s+)*(?:system prompt|initial prompt|original prompt|hidden prompt|instructions you (?:were|have been) given|rules you (?:were|have been) given)\b|\bwhat (?:are|were) your (?:(?:exact|original|initial|full|hidden|secret)\s+)*(?:instructions|rules|directives)\b)"},
          {"system_prompt_extraction", "repeat_above", 0.8, false, false,
           R"(\b(?:repeat|print|output|echo|copy|reproduce|recite|show|give|write out)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:everything|all|the (?:text|words|content|messages?|lines))\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:above|before this|prior to this|preceding|so far|from the (?:start|beginning|top))\b)"},
          {"system_prompt_extraction", "starting_with", 0.65, false, false,
           R"(\b(?:starting|beginning|that starts|which starts|begins|that begins) with\s*["']?(?:you are|your instructions|system)\b|\b(?:en commencant par|empezando por|comenzando (?:con|por)|beginnend mit|angefangen mit)[^a-z]{0,4}(?:tu es|vous etes|eres|du bist|you are)\b|\bcontinue (?:the following|this) (?:text|sentence)\b(?:[^\n]){0,40}\byou are an?\b)"},
          {"system_prompt_extraction", "told_to", 0.55, false, false,
           R"(\bwhat (?:were you|have you been) (?:told|instructed|programmed)\b|\bhow (?:were you|have you been) (?:instructed|programmed|prompted)\b)"},
          {"system_prompt_extraction", "transform_prompt", 0.8, false, false,
           R"(\b(?:translate|convert|encode|rewrite|summari[sz]e|format|paraphrase|output|list|put|print|spell out|turn|render|express|write|reformat|tl;? ?dr|recite|echo|paste|dump|leak|reveal|show|give|share|display|repeat|copy|return|reproduce|extract|quote|provide|tell)\b(?:[^.!?\n]|[.!?]\S){0,40}?\byour\s+(?:(?:full|complete|entire|exact|original|initial|hidden|secret|system|setup|starting|first|internal|developer|operator|confidential|configuration|custom)\s+)*(?:prompt|preprompt|pre-prompt|instructions|system message|configuration message|configuration|setup|guidelines|directives|rules|context(?: window)?)\b)"},
          {"system_prompt_extraction", "config_given", 0.7, false, false,
           R"(\b(?:instructions|guidelines|rules|text|message|directives|prompt|configuration|everything|what)\s+(?:that\s+)?(?:you (?:were|have been) (?:given|told|provided)|you received|you got|(?:was|were) given to you|(?:given|provided) to you|your operator gave you|que tu as recues?|qu'on t'a donnees|que (?:recibiste|te dieron)|die du (?:vor|am|zu)?\b(?:[^.!?\n]){0,40}\b(?:erhalten|bekommen) hast)\b|\b(?:instructions|rules|prompt|guidelines|directives|text|message)\s+(?:that\s+)?you (?:were|have been|got) (?:set up|configured|initiali[sz]ed|programmed|deployed|primed|seeded|prompted|loaded) with\b|\bwhat (?:were|are|have) you (?:been )?(?:set up|configured|programmed|primed) (?:with|to (?:say|do|avoid))\b|\b(?:before|prior to|preceding|above)\s+(?:my|this|the user'?s?|our)\s+(?:first\s+|very first\s+)?(?:message|question|turn|input|line)\b|\bat the (?:start|beginning) of (?:this|our|the) conversation\b|\bvor (?:dieser|meiner) (?:ersten )?(?:nachricht|frage)\b|\bantes de (?:este|mi) (?:primer )?mensaje\b|\barriba de (?:este|mi) mensaje\b|\bau-dessus de (?:ce|mon) message\b|\b(?:uber|oberhalb) (?:dieser|meiner) nachricht\b|\bavant (?:ce|mon) (?:premier )?message\b)"},
          {"system_prompt_extraction", "your_config", 0.6, false, false,
           R"(\binitiali[sz]ation (?:text|prompt|message|instructions)\b|\byour (?:very )?(?:first|initial|opening|original) (?:message|text|lines?)\b|\b(?:text|prompt|instructions) you were initiali[sz]ed with\b|\byour\s+(?:hidden|secret|internal|confidential|initial|original|setup|custom|pre-?)\s*(?:prompt|instructions|rules|guidelines|directives|configuration|message)\b|\byour (?:full|entire|whole) context\b|\bhidden parts\b(?:[^.!?\n]){0,40}\b(?:context|prompt|before)\b|\bcontext window\b|\b(?:tes|vos) (?:instructions|consignes) (?:initiales|de depart|systeme|cachees)\b|\b(?:mensaje|prompt|instrucciones) (?:de|del) sistema\b|\bcon el que te configuraron\b|\bsystemnachricht\b|\bsystem(?:anweisung|vorgabe|regel)\w*\b|\btus (?:instrucciones|reglas|indicaciones) (?:ocultas|secretas|iniciales|originales|internas|del sistema)\b|\btes (?:instructions|consignes|regles) (?:cachees|secretes|initiales|internes|systeme)\b|\bdeine (?:geheimen|versteckten|internen|ursprunglichen) (?:anweisungen|regeln|vorgaben)\b|\bsystem-?prompts?\b(?:[^.!?\n]){0,5}\b(?:verrate|zeig|gib)\b|\b(?:verrate|zeig|gib)\w*\b(?:[^.!?\n]){0,20}\bsystem-?prompt\b)"},
          {"system_prompt_extraction", "prompt_parts", 0.7, false, false,
           R"(\b(?:first|last|opening|next|second|final) (?:line|sentence|word|paragraph|rule|\d+ words)s? (?:of|in) your (?:instructions|prompt|rules|guidelines|directives|system (?:prompt|message)|context)\b|\bhow (?:many|long) (?:words|lines|characters|tokens|rules) (?:are |is )?(?:in )?your (?:system )?(?:prompt|instructions)\b)"},
          {"system_prompt_extraction", "operator_gave", 0.6, false, false,
           R"(\b(?:did|has|have|had)\s+(?:your|the)\s+(?:operators?|developers?|creators?|makers?|owners?|admins?|company|deployers?)\s+(?:give|gave|given|set|write|wrote|written|tell|told|program|programmed|configure|configured)\b|\b(?:wrote|written|write|created|designed)\s+your\s+(?:system\s+)?(?:prompt|instructions)\b)"},
          {"system_prompt_extraction", "verbatim", 0.25, false, false,
           R"(\b(?:verbatim|word for word|exactly as (?:written|they appear|it appears|given)|mot pour mot|integralement|palabra por palabra|textualmente|wortwortlich|wortlich)\b)"},
          {"system_prompt_extraction", "reveal_fr_es_de", 0.8, false, false,
           R"(\b(?:montre|montrez|affiche|affichez|revele|revelez|donne|donnez|repete|repetez|traduis|recopie|muestra|muestrame|revela|dime|repite|ensename|resume|traduce|zeige|verrate|gib|wiederhole|nenne|fasse|ubersetze)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:tes|vos|tus|sus|deine|ihre|du systeme|del sistema|system\w*|initial\w*|inicial\w*|secret\w*|geheim\w*|cache\w*|ocult\w*|versteckt\w*)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:prompt|instructions|consignes|instrucciones|anweisungen)\b)"},
          {"system_prompt_extraction", "prompt_words", 0.3, false, true,
           R"(\b(?:system prompt|initial prompt|pre-?prompt|hidden prompt|secret instructions|system instructions)\b)"},

          // Data exfiltration.
          {"data_exfiltration",
           "markdown_image_data", 0.85, false, false, R"(!\[[^\]]{0,100}\]\(\s*https?://[^)\s]{1,300}[?&][^)\s=&]{1,50}=[^)\s&]{0,200}(?:\{\{|\{[a-z_]+\}|\$\{|\$[a-z_]|%7b|<[a-z_]|\[[a-z_]+\]|secret|token|passw|history|conversation|chat|prompt|ssn|summary|user_?(?:data|info|email|name)|email_?address|credentials|api_?key))"},
          {"data_exfiltration", "markdown_image_query", 0.25, false, false,
           R"(!\[[^\]]{0,100}\]\(\s*https?://[^)\s]*\?[^)\s]*=)"},
          {"data_exfiltration", "markdown_link_template", 0.6, false, false,
           R"(\[[^\]]{0,100}\]\(\s*https?://[^)\s]*[?&][^)\s=]*=\s*(?:\{\{|\{[a-z_]+\}|\$|%7b|<[a-z_]|\[[a-z_]+\]))"},
          {"data_exfiltration", "render_with_data", 0.8, false, false,
           R"(\b(?:render|display|show|output|include|embed|insert|append|add|create)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:image|markdown|link|url|img|pixel)\b(?:[^.!?\n]|[.!?]\S){0,80}\b(?:with|containing|including|includes|contains|append(?:ing)?|add(?:ing)?|encod(?:e|ed|ing)|where|whose|followed by)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:conversation|chat|history|secrets?|password|tokens?|api keys?|credentials|previous (?:messages|answers)|user'?s? (?:info|data|details|email|name)|prompt|personal data)\b)"},
          // A URL the assistant should open or call with the user's data appended.
          {"data_exfiltration", "url_with_user_data", 0.75, false, false,
           R"(https?://\S{0,200}[?&][\w-]{1,20}=\S{0,40}\s+(?:\w+\s+){0,3}(?:followed by|and append|append|appended with|plus|concatenated with|and add|with)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:the user'?s?|their|the victim'?s?|the customer'?s?|session|api keys?|passwords?|tokens?|cookies?|e-?mail address(?:es)?|credentials|last message|messages?|conversation|chat)\b|\b(?:append|add|attach|concatenate|put|insert)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:the user'?s?|their|session|api keys?|passwords?|tokens?|cookies?|e-?mail address(?:es)?|credentials|last message|conversation|chat history)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:to|onto|into)\s+(?:the|this|that)\s+(?:url|link|query string|request)\b)"},
          {"data_exfiltration", "send_to_outside", 0.8, false, false, R"(\b(?:send|post|upload|transmit|forward|exfiltrate|leak|email|e-mail|mail|submit|deliver)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:conversation|chat(?: history)?|history|transcript|credentials|passwords?|api keys?|secrets?|tokens?|session (?:cookies?|tokens?)|cookies|(?:all|every|the)\s+(?:users?|customers?|patients?|employees?)\W?s?\s+(?:data|records|emails|details|information|info))\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:to|at|into)\s+(?:https?://|www\.|[a-z0-9-]+\.(?:com|net|org|io|ru|cn|xyz|site|info|me|top)\b|[^\s@]+@[^\s@]+\.[a-z]{2,}|my (?:server|endpoint|webhook)|this (?:url|address|endpoint|webhook)))"},
          // Files, mailboxes and stores sent to an outside address (tool use), in either order.
          {"data_exfiltration", "send_files_out", 0.75, false, false,
           R"(\b(?:send|sende|schick\w*|post|upload|transmit|forward|exfiltrate|leak|email|e-mail|mail|paste|push|sync|transfer|copy|envoie|envoyer|transfere|envia|envie|reenvia|sube|leite)\w*\b(?:[^\n]){0,80}?(?:\.env\b|\.ssh\b|id_rsa|id_ed25519|\.aws\b|credentials|secrets?\.ya?ml|private key|\.pem\b|/etc/(?:passwd|shadow)|\.npmrc|kubeconfig|key vault|database backup|backup|dump\b|\.sql\b|customer (?:export|data|list|records)|contact list|inbox|(?:last|all|every) \d* ?e-?mails|attachments|anhange|historique|historial|credenciales|kundendaten|contents of /)(?:[^\n]){0,80}?(?:\b(?:to|into|onto|at|an|a|vers|hacia)\s+(?:my\s+|the\s+|a\s+)?(?:(?:https?|ftp)://|[\w.+-]+@[\w-]+\.[\w.]+|(?:public |secret )?gist\b|paste ?bin|webhook|transfer\.|ngrok|(?:my )?(?:personal|private) (?:address|e-?mail|server|account|adresse))|(?:https?|ftp)://\S+|[\w.+-]+@[\w-]+\.[a-z]{2,}\b)|(?:\.env\b|\.ssh\b|id_rsa|id_ed25519|\.aws\b|credentials|secrets?\.ya?ml|private key|\.pem\b|/etc/(?:passwd|shadow)|\.npmrc|kubeconfig|key vault|database backup|backup|dump\b|\.sql\b|customer (?:export|data|list|records)|contact list|inbox|(?:last|all|every) \d* ?e-?mails|attachments|anhange|historique|historial|credenciales|kundendaten|contents of /)(?:[^\n]){0,80}?\b(?:send|email|upload|post|forward|paste|push|transfer|copy|attach|mail)\w*\b(?:[^\n]){0,80}?(?:(?:https?|ftp)://|[\w.+-]+@[\w-]+\.[a-z]{2,}\b|\bgist\b|paste ?bin|\bmy (?:personal|private) (?:address|e-?mail)))"},
          {"data_exfiltration", "curl_file_out", 0.8, false, false,
           R"(\b(?:curl|wget|nc|scp|rsync)\b[^\n]{0,80}(?:-d|--data(?:-binary)?|-f|--form|-t|--upload-file|--post-file)\s*=?\s*["']?@?\S*(?:/etc/|\.env\b|\.ssh|id_rsa|credentials|passwd|\.aws|secret))"},
          {"data_exfiltration", "other_users_data", 0.8, false, true,
           R"(\b(?:other|another|all (?:the )?other|every other|different)\s+(?:users?|customers?|patients?|people|employees?|accounts?|tenants?|clients?)(?:'s?|s')?[\s,](?:[^.!?\n]|[.!?]\S){0,40}\b(?:data|records|emails|e-mails|passwords|messages|conversations|chats|history|files|information|info|details|ssns?|credit cards?|addresses|phone numbers|profiles|memory|memories|names|tickets|account numbers|invoices|orders|payments|documents|statements|transactions|purchases|bills)\b)"},
          {"data_exfiltration", "dump_all_users", 0.8, false, true,
           R"(\b(?:dump|exfiltrate|extract|export|list|show|give me|print|retrieve|reveal|leak|output|fetch|pull)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:all|every|the entire|the whole|the full)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:users?|customers?|patients?|employees?|accounts?|members?)(?:'s?|s')?\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:passwords?|credentials|ssns?|social security numbers|credit cards?|card numbers|private (?:data|messages|info)|personal (?:data|info|information|details)|password hashes|secrets|medical records|api keys)\b)"},
          // Bulk requests for people's personal data, either word order, four languages.
          // Bulk requests for people's personal data, either word order, four languages: sensitive
          // data (SSNs, cards, passwords, health) counts more than contact details, which admins
          // legitimately export.
          {"data_exfiltration", "bulk_personal_data", 0.7, false, false,
           R"(\b(?:list|give|show|export|exportiere|pull|print|query|retrieve|get|fetch|dump|extract|download|provide|compile|donne|liste|muestra|muestrame|dame|exporta|gib|zeig)\w*\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:dates? of birth|birthdays|ssns?|social security numbers|credit cards?(?: details| numbers?)?|card numbers?|account numbers?|expiry dates?|cvv|passwords?|password hashes|iban|dni|passport numbers|medical records|diagnos(?:is|es)|insurance numbers?|health records?|lab results|salar(?:y|ies)|personal (?:data|details|information)|datos personales|donnees personnelles|personenbezogenen? daten|geburtsdatum|kundendaten)\b(?:[^.!?\n]|[.!?]\S){0,60}?\b(?:all|every|each|other|our|the)\s+(?:\w+\s+)?(?:customers?|users?|patients?|clients?|employees?|accounts?|members?|contacts?|subscribers?|clientes|usuarios|kunden|nutzer|mitarbeiter|patienten|utilisateurs)\b|\b(?:list|give|show|export|exportiere|pull|print|query|retrieve|get|fetch|dump|extract|download|provide|compile|donne|liste|muestra|muestrame|dame|exporta|gib|zeig)\w*\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:all|every|each|tous les|todos los|alle)\s+(?:\w+\s+)?(?:customers?|users?|patients?|clients?|employees?|accounts?|members?|contacts?|subscribers?|clientes|usuarios|kunden|nutzer|mitarbeiter|patienten|utilisateurs)(?:'s?|s')?\b(?:[^.!?\n]|[.!?]\S){0,60}?\b(?:dates? of birth|birthdays|ssns?|social security numbers|credit cards?(?: details| numbers?)?|card numbers?|account numbers?|expiry dates?|cvv|passwords?|password hashes|iban|dni|passport numbers|medical records|diagnos(?:is|es)|insurance numbers?|health records?|lab results|salar(?:y|ies)|personal (?:data|details|information)|datos personales|donnees personnelles|personenbezogenen? daten|geburtsdatum|kundendaten)\b|\b(?:ssns?|social security numbers|credit card details|password hashes|medical records|dates of birth|salaries)\s+(?:of|for)\s+(?:all\s+|every\s+|the\s+)(?:employees|customers|users|patients|accounts)\b)"},
          {"data_exfiltration", "bulk_contact_data", 0.55, false, true,
           R"(\b(?:list|give|show|export|exportiere|pull|print|query|retrieve|get|fetch|dump|extract|download|provide|compile|donne|liste|muestra|muestrame|dame|exporta|gib|zeig)\w*\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:e-?mails?|e-?mail address(?:es)?|phone numbers?|mobile numbers?|(?:home )?address(?:es)?|adresses e-mail|numeros de telephone|direccion(?:es)?|telefonnummern)\b(?:[^.!?\n]|[.!?]\S){0,60}?\b(?:all|every|each|other|our|the)\s+(?:\w+\s+)?(?:customers?|users?|patients?|clients?|employees?|accounts?|members?|contacts?|subscribers?|clientes|usuarios|kunden|nutzer|mitarbeiter|patienten|utilisateurs)\b|\b(?:list|give|show|export|exportiere|pull|print|query|retrieve|get|fetch|dump|extract|download|provide|compile|donne|liste|muestra|muestrame|dame|exporta|gib|zeig)\w*\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:all|every|each|tous les|todos los|alle)\s+(?:\w+\s+)?(?:customers?|users?|patients?|clients?|employees?|accounts?|members?|contacts?|subscribers?|clientes|usuarios|kunden|nutzer|mitarbeiter|patienten|utilisateurs)(?:'s?|s')?\b(?:[^.!?\n]|[.!?]\S){0,60}?\b(?:e-?mails?|e-?mail address(?:es)?|phone numbers?|mobile numbers?|(?:home )?address(?:es)?|adresses e-mail|numeros de telephone|direccion(?:es)?|telefonnummern)\b)"},
          {"data_exfiltration", "dump_store", 0.6, false, true,
           R"(\b(?:dump|exfiltrate|leak)\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:database|db|user table|users table|memory|vector store|knowledge base|all records)\b|\b(?:print|dump|export|show|output)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:the )?(?:contents? of|entire|whole)\s+(?:the\s+)?(?:customers?|users?|patients?|clients?|employees?|accounts?)\s+(?:collection|table|database|db)\b|\bexport the users? table\b)"},
          {"data_exfiltration", "previous_user", 0.7, false, false,
           R"(\bwhat (?:did|has|have) (?:the )?(?:previous|last|other|another|prior) (?:users?|persons?|customers?|sessions?)\b|\bwhich other (?:users|customers|people) have asked\b|\b(?:the )?(?:person|user|customer|guy|someone|people|patient|client)s? (?:before me|ahead of me|who (?:was|were) (?:here|chatting|talking to you) before me)\b)"},

          // Secrets pasted into the prompt (case-sensitive, on the clean view).
          {"secrets", "aws_access_key", 0.8, true, false, R"(\b(?:AKIA|ASIA)[0-9A-Z]{16}\b)"},
          {"secrets", "aws_secret_key", 0.8, true, false, R"((?i)aws_secret_access_key\s*[=:]\s*\S{20,})"},
          {"secrets", "github_token", 0.85, true, false,
           R"(\bgh[pousr]_(?:[A-Za-z0-9]{24,}[0-9][A-Za-z0-9]*|[A-Za-z0-9]*[0-9][A-Za-z0-9]{24,})\b|\bgithub_pat_(?:[A-Za-z0-9_]{40,}[0-9][A-Za-z0-9_]*|[A-Za-z0-9_]*[0-9][A-Za-z0-9_]{40,}))"},
          {"secrets", "llm_api_key", 0.85, true, false,
           R"(\bsk-(?:proj-|ant-(?:api\d\d-)?)?(?:[A-Za-z0-9_-]{24,}[0-9][A-Za-z0-9_-]*|[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]{24,}))"},
          {"secrets", "slack_token", 0.8, true, false, R"(\bxox[abposr]-[A-Za-z0-9-]{10,})"},
          {"secrets", "private_key", 0.9, true, false, R"(-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----)"},
          {"secrets", "stripe_key", 0.85, true, false, R"(\b[sr]k_live_(?:[0-9A-Za-z]{12,}[0-9][0-9A-Za-z]*|[0-9A-Za-z]*[0-9][0-9A-Za-z]{12,}))"},
          {"secrets", "google_api_key", 0.8, true, false, R"(\bAIza[0-9A-Za-z_-]{35}\b)"},
          {"secrets", "service_token", 0.85, true, false,
           R"(\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|\bnpm_[A-Za-z0-9]{36}\b|\bkey-[0-9a-z]{32}\b|(?i)\baccountkey=[A-Za-z0-9+/]{40,}={0,2}|\bglpat-[A-Za-z0-9_-]{20}\b|\bhf_[A-Za-z0-9]{34}\b)"},
          {"secrets", "jwt", 0.7, true, false,
           R"(\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})"},
          // KEY=value with a secret-looking name (DB_PASSWORD, JWT_SECRET, PGPASSWORD ...) and a
          // value that mixes letters and digits: placeholders (YOUR_API_KEY_HERE, changeme,
          // xxxx, ${VAR}, <token>) have no digits or start with $ { <.
          {"secrets", "password_assignment", 0.65, true, false,
           R"((?i)\b[a-z0-9_]*(?:password|passwd|pwd|passphrase|secret|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|token|private[_-]?key|(?:encryption|master|signing|session|app|hmac|jwt|cookie|license)[_-]?key|credentials?|dsn)[a-z0-9_]{0,10}["']?\s*[=:]\s*["']?[^\s"'*<>{}\[\]$]{0,60}(?:[a-z][^\s"'*<>{}\[\]$]{0,60}[0-9]|[0-9][^\s"'*<>{}\[\]$]{0,60}[a-z])[^\s"'*<>{}\[\]$]{0,60})"},
          {"secrets", "connection_string", 0.85, true, false,
           R"((?i)\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp|mssql)://[^\s:/@]+:[^\s@/]+@)"},
          {"secrets", "bearer_token", 0.6, true, false, R"((?i)\bbearer\s+[A-Za-z0-9_\-.=]{30,})"},

          // Code injection.
          {"code_injection", "xss", 0.75, false, true,
           R"(<\s*script\b[^>]{0,80}>[^<]{0,40}(?:alert|prompt|confirm|eval|document\.|window\.|fetch|xmlhttprequest|location|atob|fromcharcode|new image|\.src\s*=|import\()|\bjavascript\s*:\s*[a-z(]|\bon[a-z]{3,20}\s*=\s*["']?\s*(?:alert|prompt|confirm|eval|fetch|document\.|window\.|location|javascript:|import\(|this\.src|atob)|<[^>]{0,80}\bon(?:error|load|mouseover|focus|toggle|animationstart)\s*=|<\s*(?:object|embed|svg)\b[^>]{0,80}(?:src|onload|data)\s*=|\bdocument\.cookie\b)"},
          {"code_injection", "xss_breakout", 0.35, false, true,
           R"(["']\s*/?>\s*<\s*(?:script|img|svg|iframe|body|details|video|audio|math|a|input)\b)"},
          {"code_injection", "script_src_external", 0.3, false, true,
           R"(<\s*script\b[^>]{0,60}\bsrc\s*=\s*["']?(?:https?:)?//[^"'\s>]+)"},
          {"code_injection", "script_tag", 0.25, false, true, R"(<\s*(?:script|iframe)\b)"},
          {"code_injection", "sql_injection", 0.75, false, true,
           R"('\s*(?:or|and)\s+(?:'[^']*'|\d+)\s*=\s*(?:'[^']*|\d+)|\bunion\s+(?:all\s+)?select\b|;\s*(?:drop|truncate)\s+(?:table|database)\b|'\s*;\s*--|\bor\s+1\s*=\s*1\b|'?\s*\bwaitfor\s+delay\b|\bsleep\s*\(\s*\d+\s*\)\s*--|\bxp_cmdshell\b|\binformation_schema\.tables\b|'\s*\|\|\s*'[^']*'\s*==?\s*'|'\s*(?:and|or)\s*\(\s*select\b|'\s*(?:and|or)\s+\d+\s*=\s*\(\s*select\b|'\s*\|\|\s*(?:1\s*==\s*1|true)\b|';\s*return\s+(?:true|1)\b|\b(?:admin|root|administrator)'\s*(?:--|#|/\*))"},
          // Time-based blind SQL injection (SLEEP, pg_sleep, BENCHMARK, WAITFOR).
          {"code_injection", "sql_time_based", 0.75, false, true,
           R"((?:'|"|\d|\))\s*(?:and|or|\|\||&&|;)\s*(?:\(\s*)?(?:select\s+)?(?:\(\s*)?(?:sleep|pg_sleep|benchmark|dbms_pipe\.receive_message|if\s*\([^,]{1,40},\s*sleep)\s*\(|\(\s*select\s+(?:pg_)?sleep\s*\(\s*\d+\s*\)\s*\)|\bcase\s+when\b[^\n]{0,60}\bthen\s+(?:pg_)?sleep\s*\(|\bfrom\s+pg_sleep\s*\(\s*\d+)"},
          // NoSQL operator injection: operators on login fields, bracket operators in query strings,
          // $where with code.
          {"code_injection", "nosql_injection", 0.75, false, true,
           R"re("?(?:user(?:name)?|pass(?:word|wd)?|pwd|login|email|token|role|admin)"?\s*[:=]\s*\{\s*"?\$(?:ne|gt|gte|lt|regex|nin|exists|in)\b|\[\$(?:ne|gt|gte|lt|lte|regex|where|exists|nin|in|or)\]|"?\$where\b[^\n]{0,80}(?:sleep|true|function|this\.|return|while|=>))re"},
          {"code_injection", "template_injection", 0.75, false,
           true, R"(\{\{[^}]{0,80}(?:__class__|__globals__|__builtins__|__import__|__subclasses__|__mro__|config\.|self\._|request\.application|lipsum|cycler|joiner|\d+\s*\*\s*\d+)[^}]{0,80}\}\}|\$\{[^}]{0,80}(?:jndi:|runtime|getclass|\d+\s*\*\s*\d+)[^}]{0,80}\}|\{%[^%]{0,80}(?:import|os\.|popen|system)[^%]{0,80}%\})"},
          {"code_injection", "path_traversal", 0.75, false, true,
           R"((?:\.\.[/\\])+(?:etc|windows|proc|root|boot|\.ssh|\.env|\.aws|\.git)\b|(?:\.\.[/\\]){4,}|%2e%2e(?:%2f|%5c|/)|\.\.%2f|%252e%252e|/etc/(?:passwd|shadow)\b|\\windows\\(?:system32|win\.ini)|\bfile:///etc/)"},
          {"code_injection", "command_injection", 0.75, false, true,
           R"((?:;|\|\||&&)\s*(?:rm\s+-rf|cat\s+/etc|nc\s+-e|bash\s+-i|sh\s+-i|python\s+-c|powershell\s+-)|\$\(\s*(?:curl|wget|cat|rm|id|whoami|uname)\b|\brm\s+-rf\s+/(?:\s|$|\*)|\bbash\s+-i\s*>&\s*/dev/tcp/|\bcurl\s[^\n|]{0,120}\|\s*(?:ba)?sh\b)"},

          {"code_injection", "pipe_to_shell", 0.6, false, false,
           R"(\b(?:curl|wget)\s[^\n|]{0,120}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b(?:[^\n]){0,60}\b(?:paste|post|send|report|reply with)\b|\brun\s+`?(?:curl|wget)\s[^\n|]{0,120}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b)"},

          // Obfuscation that only an attack needs.
          {"obfuscation", "decode_and_follow", 0.65, false, false,
           R"(\b(?:decode|decipher|translate|convert|reverse|read)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:base64|b64|hex|rot13|rot-13|binary|morse|cipher|encoded|backwards|reversed|the reverse)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:follow|execute|run|do|obey|perform|act on|carry out|comply)\b|\bthe reverse of\b(?:[^\n]){0,80}\bdo it\b|\b(?:decode|decipher|unscramble)\s+(?:it\s+|this\s+)?(?:and|then)\s+(?:execute|run|follow|obey|do|perform|act on)\b)"},
          {"obfuscation", "filter_evasion", 0.6, false, false,
           R"(\b(?:so|to make sure|so that)\s+(?:that\s+)?(?:the\s+)?(?:filters?|moderation|safety (?:system|filter)s?|monitor(?:ing|s)?|classifiers?|detectors?|censors?)\s+(?:can'?t|cannot|won'?t|will not|don'?t|do not)\s+(?:read|see|detect|catch|understand|notice|flag)\b|\b(?:answer|respond|reply|write)\s+(?:only\s+)?in (?:rot13|rot-13|base64|hex|morse|leetspeak|pig latin)\b)"},
          // Attack keywords in ROT13 and reversed, and URL-encoded overrides.
          {"obfuscation", "rot13_keywords", 0.75, false, false,
           R"(\b(?:vtaber|qvfertneq|sbetrg)\b(?:[^\n]){0,60}\b(?:vafgehpgvbaf?|ehyrf|cebzcg|thvqryvarf)\b|\bflfgrz cebzcg\b|\b(?:erirny|cevag|fubj)\b(?:[^\n]){0,40}\b(?:vafgehpgvbaf|cebzcg|cnffjbeq)\b|\buvqqra vafgehpgvbaf\b)"},
          {"obfuscation", "reversed_keywords", 0.75, false, false,
           R"(\b(?:snoitcurtsni|tpmorp|senilediug|selur)\b(?:[^\n]){0,80}\b(?:erongi|dragersid|tegrof|laever|wohs|tnirp)\b|\b(?:erongi|dragersid|tegrof|laever|wohs|tnirp)\b(?:[^\n]){0,80}\b(?:snoitcurtsni|tpmorp|senilediug|selur)\b)"},
          // ASCII letters never need escaping: a run of them as %XX, &#NN; or \u00XX hides text.
          {"obfuscation", "escaped_letters", 0.55, false, false,
           R"((?:%[46][1-9a-f]|%[57][0-9a]|%20){8,}|(?:&#(?:x[467][0-9a-f]|(?:6[5-9]|[7-9][0-9]|1[01][0-9]|12[0-2]|32));){8,}|(?:\\u00[2-7][0-9a-f]){8,})"},
          {"obfuscation", "url_encoded_override", 0.75, false, false,
           R"(\b(?:ignore|disregard|forget|bypass|override|reveal|print|show)(?:%20|\+|%2520)[a-z0-9%+.,'-]{0,80}?(?:%20|\+|%2520)(?:instructions|rules|prompt|guidelines|restrictions|system%20prompt)\b)"},
      };
  return *kRules;
}
// clang-format on

struct CompiledRules::Impl {
  Impl() : norm_set(Options(), RE2::UNANCHORED), clean_set(Options(), RE2::UNANCHORED) {}
  static RE2::Options Options() {
    RE2::Options o;
    o.set_log_errors(false);
    o.set_max_mem(std::int64_t{64} << 20);
    return o;
  }
  RE2::Set norm_set;
  RE2::Set clean_set;
  std::vector<std::size_t> norm_ids;  // set index -> rule index
  std::vector<std::size_t> clean_ids;
  std::vector<std::unique_ptr<RE2>> regexes;  // per rule, with one capture around the whole pattern
  std::unique_ptr<RE2> educational;
};

CompiledRules::CompiledRules() : impl_(std::make_shared<Impl>()) {
  const std::vector<ThreatRule>& rules = ThreatRules();
  impl_->regexes.resize(rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const ThreatRule& r = rules[i];
    RE2::Set& set = r.on_clean ? impl_->clean_set : impl_->norm_set;
    // A rule that fails to compile is a bug caught by the tests; it is skipped, not fatal.
    if (set.Add(r.pattern, nullptr) < 0) continue;
    (r.on_clean ? impl_->clean_ids : impl_->norm_ids).push_back(i);
    impl_->regexes[i] = std::make_unique<RE2>(std::string("(") + r.pattern + ")", Impl::Options());
  }
  impl_->norm_set.Compile();
  impl_->clean_set.Compile();
  impl_->educational = std::make_unique<RE2>(
      R"(\b(?:how (?:do|can|should|would|to|does) (?:i|we|you|one|it|an? |the )?|what (?:is|are|does)|what's|explain|examples? of|prevent|protect(?:ing)? against|defend(?:ing)? against|mitigat\w+|avoid|sanitiz\w*|escap(?:e|ing)|is (?:this|my|it) (?:code |query )?(?:safe|vulnerable|secure)|why (?:is|does|do)|detect(?:ing)?|owasp|pentest\w*|cheat ?sheet|in my (?:code|app|query|logs?)|security (?:training|course|class|review|team))\b)",
      Impl::Options());
}

const CompiledRules& CompiledRules::Get() {
  static const auto* const kCompiled = new CompiledRules();
  return *kCompiled;
}

std::vector<CompiledRules::Hit> CompiledRules::Find(std::string_view view, bool clean) const {
  std::vector<Hit> hits;
  std::vector<int> matched;
  const RE2::Set& set = clean ? impl_->clean_set : impl_->norm_set;
  const std::vector<std::size_t>& ids = clean ? impl_->clean_ids : impl_->norm_ids;
  RE2::Set::ErrorInfo error{};
  if (!set.Match(view, &matched, &error) && error.kind == RE2::Set::kOutOfMemory) {
    // The combined DFA ran out of memory on this input: try every rule on its own.
    matched.clear();
    for (std::size_t k = 0; k < ids.size(); ++k) matched.push_back(static_cast<int>(k));
  }
  for (int k : matched) {
    const std::size_t rule = ids[static_cast<std::size_t>(k)];
    re2::StringPiece m;
    if (impl_->regexes[rule] && impl_->regexes[rule]->Match(view, 0, view.size(), RE2::UNANCHORED, &m, 1)) {
      const auto begin = static_cast<std::size_t>(m.data() - view.data());
      hits.push_back({rule, begin, begin + m.size()});
    }
  }
  return hits;
}

bool CompiledRules::EducationalFraming(std::string_view norm) const {
  return RE2::PartialMatch(norm, *impl_->educational);
}

}  // namespace copilot::security
