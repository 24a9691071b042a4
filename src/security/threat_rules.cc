#include "security/threat_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace copilot::security {

// Patterns run on lower-cased, accent-folded text (except on_clean ones), so they are
// written in lower case without accents. [^.!?\n]{0,N} keeps a rule inside one sentence.
const std::vector<ThreatRule>& ThreatRules() {
  static const auto* const kRules =
      new std::vector<ThreatRule>{
          // Prompt injection: instruction override, in English, French, Spanish and German.
          {"prompt_injection", "override_en", 0.9, false, false,
           R"(\b(?:ignore|disregard|forget|skip|bypass|override|overlook|neglect|abandon|set aside)\b(?:[^.!?\n]|[.!?]\S){0,40}?\b(?:previous|prior|above|earlier|preceding|foregoing|initial|original|system|developer|existing|all|any|your|these|those|the)\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:instructions?|prompts?|rules|directives?|guidelines|guardrails|constraints|commands|programming|restrictions|polic(?:y|ies)|orders|directions)\b)"},
          {"prompt_injection", "override_everything", 0.75, false, false,
           R"(\b(?:ignore|disregard|forget)\s+(?:everything|all|anything)\s+(?:above|before|previously|said|you(?:'ve| have| were)? (?:been )?told|i said before|that came before)\b)"},
          {"prompt_injection", "override_fr", 0.9, false, false,
           R"(\b(?:(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+|tous\s+)?(?:les|tes|vos|ces|mes|la|le|l')|ne tiens? (?:pas|plus) compte|ne tenez (?:pas|plus) compte|fais abstraction|faites abstraction)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:instructions?|consignes?|regles|directives?|indications|ordres)\b)"},
          {"prompt_injection", "override_es", 0.9, false, false,
           R"(\b(?:ignora|ignore|ignorar|ignoren|olvida|olvide|olvidar|olviden|omite|omitir|descarta|haz caso omiso)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:instrucciones|instruccion|reglas|indicaciones|directrices|ordenes|normas)\b)"},
          {"prompt_injection", "override_de", 0.9, false, false,
           R"(\b(?:ignoriere|ignorieren|ignorier|ignoriert|vergiss|vergesst|vergessen sie|missachte|missachten|uberspringe)\b(?:[^.!?\n]|[.!?]\S){0,50}?\b(?:anweisungen|anweisung|regeln|vorgaben|instruktionen|befehle|richtlinien|anordnungen)\b)"},
          {"prompt_injection", "do_not_follow", 0.85, false, false,
           R"(\b(?:do not|don't|dont|stop|no longer|never again)\s+(?:follow(?:ing)?|obey(?:ing)?|adhere to|adhering to|comply(?:ing)? with|listen(?:ing)? to)\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:instructions|rules|guidelines|programming|policies|restrictions|developers?|creators?)\b)"},
          {"prompt_injection", "new_instructions", 0.6, false, false,
           R"(\b(?:new|updated|revised|real|actual|true|override)\s+(?:instructions|system prompt|directives?)\s*:|\byour (?:new|real|true|actual) (?:task|role|instructions|purpose|goal) (?:is|are)\b)"},
          {"prompt_injection", "obey_me", 0.6, false, false,
           R"(\byou (?:must|will|shall) (?:now )?(?:obey|follow|do) (?:me|my|only my|whatever i)\b)"},
          {"prompt_injection", "special_tokens", 0.75, false, false,
           R"(<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\|?>|\[/?inst\]|<</?sys>>|(?m:^\s*#{2,}\s*(?:new )?(?:system|instructions?)\b)|(?m:^\s*system\s*:\s*you are\b))"},
          {"prompt_injection", "indirect_address", 0.6, false, false,
           R"(\b(?:note|message|instructions?|attention) (?:to|for) (?:the |any )?(?:ai|assistant|llm|language model|chatbot|gpt|copilot)\b|\bif you are an? (?:ai|llm|language model|assistant|chatbot)\b|\b(?:ai|assistant|llm)s? (?:reading|processing|summari[sz]ing) this\b)"},
          {"prompt_injection", "from_now_on", 0.4, false, false,
           R"(\b(?:from now on|starting now|henceforth|for the rest of this conversation)\b(?:[^.!?\n]|[.!?]\S){0,40}\byou (?:will|must|are|shall)\b)"},

          // Jailbreak role-play.
          {"jailbreak", "dan", 0.8, false, false, R"(\b(?:(?:pretend|going|supposed) to be dan|do anything now|you are (?:now )?(?:dan|an? (?:unrestricted|unfiltered|uncensored|amoral|unethical|evil|rogue)|jailbroken|free from)|(?:dan|stan|dude|aim) mode)\b)"},
          {"jailbreak", "mode_switch", 0.55, false, false,
           R"(\b(?:jailbreak|jailbroken|unrestricted|unfiltered|uncensored|evil|chaos|opposite|dan) mode\b)"},
          {"jailbreak", "mode_no_limits", 0.75, false, false,
           R"(\b(?:developer|god|jailbreak|unrestricted|unfiltered|evil|sudo) mode\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:no (?:restrictions|rules|limits|filters|censorship)|without (?:restrictions|rules|limits|filters)|ignore)\b)"},
          {"jailbreak", "pretend_no_rules", 0.8, false, false,
           R"(\b(?:pretend|imagine|act as if|act like|behave as if|suppose|roleplay|role-play|role play)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:no|without|free (?:from|of)|zero|not bound by|unbound by)\s+(?:any\s+)?(?:restrictions|limits|limitations|rules|filters|guidelines|ethics|ethical|morals|moral|censorship|boundaries|content polic\w*)\b)"},
          {"jailbreak", "free_from", 0.45, false, false,
           R"(\b(?:without|free (?:from|of)|not bound by|no longer bound by|unbound by|liberated from|break free (?:from|of))\s+(?:any\s+|all\s+|your\s+|the\s+)?(?:restrictions|limitations|filters|censorship|ethical guidelines|moral|morals|ethics|content polic\w*|programming|shackles|openai|anthropic)\b)"},
          {"jailbreak", "act_as_evil", 0.8, false, false,
           R"(\b(?:act|roleplay|role-play|pretend|behave|respond|answer)\s+(?:as|like|to be)\s+(?:an?\s+)?(?:unrestricted|unfiltered|uncensored|evil|jailbroken|amoral|unethical|rogue|malicious)\b)"},
          {"jailbreak", "stay_in_character", 0.45, false, false,
           R"(\b(?:stay|remain|keep) in character\b|\bbreak(?:ing)? character\b)"},
          {"jailbreak", "never_refuse", 0.5, false, false,
           R"(\b(?:you|that|which|who) (?:never|cannot|can't|won't|will not|must not|do not|don't) (?:refuse|decline|say no|reject)\b)"},
          {"jailbreak", "safety_bypass", 0.8, false, false,
           R"(\b(?:override|disable|turn off|deactivate|bypass|ignore|remove|circumvent)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:your )?(?:safety|content|ethical|moderation)\s+(?:filters?|protocols?|guidelines|measures|settings|checks|restrictions|guardrails|training)\b)"},
          {"jailbreak", "grandma", 0.6, false, false,
           R"(\bmy (?:late |dead |deceased )?(?:grandma|grandmother|granny)\b(?:[^.!?\n]|[.!?]\S){0,80}\b(?:used to|would)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:tell|read|recite|explain|say)\b)"},
          {"jailbreak", "fiction_wrapper", 0.6, false, false,
           R"(\b(?:hypothetically|in a fictional world|for a (?:story|novel|movie)|in this fictional)\b(?:[^.!?\n]|[.!?]\S){0,100}\b(?:how to (?:make|build|create|synthesize|hack)|no (?:rules|laws|restrictions))\b)"},
          {"jailbreak", "no_longer_ai", 0.7, false, false,
           R"(\byou are no longer\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:ai|assistant|chatgpt|claude|gpt|bound|restricted|limited|a language model|an ai)\b|\byou (?:have been|are now) (?:freed|liberated|unchained|unleashed)\b)"},
          {"jailbreak", "dual_answers", 0.6, false, false,
           R"(\b(?:two|2|both) (?:responses|answers|replies)\b(?:[^.!?\n]|[.!?]\S){0,80}\b(?:unfiltered|jailbroken|without restrictions|dan|evil)\b)"},
          {"jailbreak", "no_limits_fr_es_de", 0.7, false, false,
           R"(\b(?:tu es|tu seras|vous etes|eres|seras|du bist|du wirst)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:sans (?:aucune )?(?:restriction|limite|regle|filtre)s?|sin (?:ninguna )?(?:restriccion(?:es)?|limites|reglas|filtros)|ohne (?:jegliche )?(?:einschrankungen|regeln|filter|beschrankungen|grenzen))\b)"},
          {"jailbreak", "jailbreak_word", 0.35, false, true, R"(\bjailbr(?:eak|oken)\b|\buncensored\b)"},

          // System-prompt extraction.
          {"system_prompt_extraction", "reveal_prompt", 0.85, false, false,
           R"(\b(?:reveal|show|print|display|output|repeat|tell|give|share|leak|dump|disclose|expose|write out|spell out|recite|paste|copy|send)\b(?:[^.!?\n]|[.!?]\S){0,30}?\b(?:your|the|its)\s+(?:(?:full|complete|entire|exact|original|hidden|secret|initial|internal|verbatim)\s+)*(?:system|initial|original|hidden|secret|developer|internal|pre-?prompt|base|meta)\s*(?:prompt|instructions|message|directives|rules|configuration|guidelines)\b)"},
          {"system_prompt_extraction", "what_is_your_prompt", 0.75, false, false,
           R"(\bwhat (?:is|are|was|were) (?:your|the) (?:(?:exact|original|initial|full|hidden|secret|first)\s+)*(?:system prompt|initial prompt|original prompt|hidden prompt|instructions you (?:were|have been) given|rules you (?:were|have been) given)\b|\bwhat (?:are|were) your (?:(?:exact|original|initial|full|hidden|secret)\s+)*(?:instructions|rules|directives)\b)"},
          {"system_prompt_extraction", "repeat_above", 0.8, false, false,
           R"(\b(?:repeat|print|output|echo|copy|reproduce|recite|show)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:everything|all|the (?:text|words|content|messages?|lines)|what(?:ever)? (?:is|was) written)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:above|before this|prior to this|preceding|so far|from the (?:start|beginning|top))\b)"},
          {"system_prompt_extraction", "starting_with", 0.65, false, false,
           R"(\b(?:starting|beginning|that starts|which starts) with\s*["']?(?:you are|your instructions|system)\b)"},
          {"system_prompt_extraction", "told_to", 0.55, false, false,
           R"(\bwhat (?:were you|have you been) (?:told|instructed|programmed)\b|\bhow (?:were you|have you been) (?:instructed|programmed|prompted)\b)"},
          {"system_prompt_extraction", "transform_prompt", 0.8, false, false,
           R"(\b(?:translate|convert|encode|rewrite|summari[sz]e|format)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:your)\s+(?:system\s+|initial\s+|original\s+)?(?:prompt|instructions)\b)"},
          {"system_prompt_extraction", "reveal_fr_es_de", 0.8, false, false,
           R"(\b(?:montre|montrez|affiche|affichez|revele|revelez|donne|donnez|repete|repetez|muestra|muestrame|revela|dime|repite|ensename|zeige|verrate|gib|wiederhole|nenne)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:tes|vos|tus|sus|deine|ihre|du systeme|del sistema|system\w*|initial\w*|inicial\w*|secret\w*|geheim\w*|cache\w*|ocult\w*|versteckt\w*)\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:prompt|instructions|consignes|instrucciones|anweisungen)\b)"},
          {"system_prompt_extraction", "prompt_words", 0.3, false, true,
           R"(\b(?:system prompt|initial prompt|pre-?prompt|hidden prompt|secret instructions|system instructions)\b)"},

          // Data exfiltration.
          {"data_exfiltration", "markdown_image_data", 0.85, false, false,
           R"(!\[[^\]]{0,100}\]\(\s*https?://[^)\s]{1,300}[?&][^)\s=]{1,50}=[^)\s]{0,200}(?:\{|\}|\$|%7b|<|\[|data|secret|token|key|passw|history|conversation|chat|prompt|user|email|ssn|info|q=))"},
          {"data_exfiltration", "markdown_image_query", 0.5, false, false,
           R"(!\[[^\]]{0,100}\]\(\s*https?://[^)\s]*\?[^)\s]*=)"},
          {"data_exfiltration", "markdown_link_template", 0.6, false, false,
           R"(\[[^\]]{0,100}\]\(\s*https?://[^)\s]*[?&][^)\s=]*=\s*(?:\{|\$|%7b|<|\[))"},
          {"data_exfiltration", "render_with_data", 0.8, false, false,
           R"(\b(?:render|display|show|output|include|embed|insert|append|add|create)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:image|markdown|link|url|img|pixel)\b(?:[^.!?\n]|[.!?]\S){0,80}\b(?:with|containing|including|includes|contains|append(?:ing)?|add(?:ing)?|encod(?:e|ed|ing)|where|whose|followed by)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:conversation|chat|history|secrets?|password|tokens?|api keys?|credentials|previous (?:messages|answers)|user'?s? (?:info|data|details|email|name)|prompt|personal data)\b)"},
          {"data_exfiltration", "send_to_outside", 0.8, false, false,
           R"(\b(?:send|post|upload|transmit|forward|exfiltrate|leak|email|e-mail|mail|submit|deliver)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:conversation|chat(?: history)?|history|transcript|credentials|passwords?|api keys?|secrets?|tokens?|session (?:cookies?|tokens?)|cookies|(?:all|every|the)\s+(?:users?|customers?|patients?|employees?)\W?s?\s+(?:data|records|emails|details|information|info))\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:to|at|into)\s+(?:https?://|www\.|[a-z0-9-]+\.(?:com|net|org|io|ru|cn|xyz|site|info|me|top)\b|[^\s@]+@[^\s@]+\.[a-z]{2,}|my (?:server|endpoint|webhook)|this (?:url|address|endpoint|webhook)))"},
          {"data_exfiltration", "other_users_data", 0.8, false, true,
           R"(\b(?:other|another|all (?:the )?other|every other|different)\s+(?:users?|customers?|patients?|people|employees?|accounts?|tenants?|clients?)(?:'s?|s')?\s(?:[^.!?\n]|[.!?]\S){0,40}\b(?:data|records|emails|e-mails|passwords|messages|conversations|chats|history|files|information|info|details|ssns?|credit cards?|addresses|phone numbers|profiles|memory|memories)\b)"},
          {"data_exfiltration", "dump_all_users", 0.8, false, true,
           R"(\b(?:dump|exfiltrate|extract|export|list|show|give me|print|retrieve|reveal|leak|output|fetch|pull)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:all|every|the entire|the whole|the full)\b(?:[^.!?\n]|[.!?]\S){0,20}\b(?:users?|customers?|patients?|employees?|accounts?|members?)(?:'s?|s')?\b(?:[^.!?\n]|[.!?]\S){0,25}\b(?:passwords?|credentials|ssns?|social security numbers|credit cards?|card numbers|private (?:data|messages|info)|personal (?:data|info|information|details)|password hashes|secrets|medical records|api keys)\b)"},
          {"data_exfiltration", "dump_store", 0.6, false, true,
           R"(\b(?:dump|exfiltrate|leak)\b(?:[^.!?\n]|[.!?]\S){0,30}\b(?:database|db|user table|users table|memory|vector store|knowledge base|all records)\b)"},
          {"data_exfiltration", "previous_user", 0.7, false, false,
           R"(\bwhat (?:did|has|have) (?:the )?(?:previous|last|other|another|prior) (?:users?|persons?|customers?|sessions?)\b)"},

          // Secrets pasted into the prompt (case-sensitive, on the clean view).
          {"secrets", "aws_access_key", 0.8, true, false, R"(\b(?:AKIA|ASIA)[0-9A-Z]{16}\b)"},
          {"secrets", "aws_secret_key", 0.8, true, false, R"((?i)aws_secret_access_key\s*[=:]\s*\S{20,})"},
          {"secrets", "github_token", 0.85, true, false,
           R"(\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{50,})"},
          {"secrets", "llm_api_key", 0.85, true, false, R"(\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,})"},
          {"secrets", "slack_token", 0.8, true, false, R"(\bxox[abposr]-[A-Za-z0-9-]{10,})"},
          {"secrets", "private_key", 0.9, true, false, R"(-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----)"},
          {"secrets", "stripe_key", 0.85, true, false, R"(\b[sr]k_live_[0-9A-Za-z]{16,})"},
          {"secrets", "google_api_key", 0.8, true, false, R"(\bAIza[0-9A-Za-z_-]{35}\b)"},
          {"secrets", "jwt", 0.7, true, false, R"(\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})"},
          {"secrets", "password_assignment", 0.65, true, false,
           R"((?i)\b(?:password|passwd|pwd|passphrase|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|secret[_-]?key)\s*[=:]\s*["']?[^\s"'*<>{}\[\]]{6,})"},
          {"secrets", "connection_string", 0.85, true, false,
           R"((?i)\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp|mssql)://[^\s:/@]+:[^\s@/]+@)"},
          {"secrets", "bearer_token", 0.6, true, false, R"((?i)\bbearer\s+[A-Za-z0-9_\-.=]{30,})"},

          // Code injection.
          {"code_injection", "xss", 0.75, false, true,
           R"(<\s*script\b|\bjavascript\s*:\s*[a-z(]|<[^>]{0,80}\bon(?:error|load|click|mouseover|focus|toggle|animationstart)\s*=|<\s*(?:iframe|object|embed|svg)\b[^>]{0,80}(?:src|onload|data)\s*=|\bdocument\.cookie\b)"},
          {"code_injection", "sql_injection", 0.75, false, true, R"('\s*(?:or|and)\s+(?:'[^']*'|\d+)\s*=\s*(?:'[^']*|\d+)|\bunion\s+(?:all\s+)?select\b|;\s*(?:drop|truncate)\s+(?:table|database)\b|'\s*;\s*--|\bor\s+1\s*=\s*1\b|\bwaitfor\s+delay\b|\bsleep\s*\(\s*\d+\s*\)\s*--|\bxp_cmdshell\b|\binformation_schema\.tables\b)"},
          {"code_injection", "template_injection", 0.75, false, true,
           R"(\{\{[^}]{0,80}(?:__class__|__globals__|__builtins__|__import__|__subclasses__|__mro__|config\.|self\._|request\.application|lipsum|cycler|joiner|\d+\s*\*\s*\d+)[^}]{0,80}\}\}|\$\{[^}]{0,80}(?:jndi:|runtime|getclass|\d+\s*\*\s*\d+)[^}]{0,80}\}|\{%[^%]{0,80}(?:import|os\.|popen|system)[^%]{0,80}%\})"},
          {"code_injection", "path_traversal", 0.75, false, true,
           R"((?:\.\.[/\\])+(?:etc|windows|proc|root|boot|\.ssh|\.env|\.aws|\.git)\b|(?:\.\.[/\\]){4,}|%2e%2e(?:%2f|%5c|/)|\.\.%2f|%252e%252e|/etc/(?:passwd|shadow)\b|\\windows\\(?:system32|win\.ini)|\bfile:///etc/)"},
          {"code_injection", "command_injection", 0.75, false, true,
           R"((?:;|\|\||&&)\s*(?:rm\s+-rf|cat\s+/etc|nc\s+-e|bash\s+-i|sh\s+-i|python\s+-c|powershell\s+-)|\$\(\s*(?:curl|wget|cat|rm|id|whoami|uname)\b|\brm\s+-rf\s+/(?:\s|$|\*)|\bbash\s+-i\s*>&\s*/dev/tcp/)"},

          // Obfuscation that only an attack needs.
          {"obfuscation", "decode_and_follow", 0.65, false, false,
           R"(\b(?:decode|decipher|translate|convert|reverse)\b(?:[^.!?\n]|[.!?]\S){0,40}\b(?:base64|b64|hex|rot13|rot-13|binary|morse|cipher|encoded|backwards)\b(?:[^.!?\n]|[.!?]\S){0,60}\b(?:follow|execute|run|do|obey|perform|act on|carry out|comply)\b)"},
      };
  return *kRules;
}

constexpr std::size_t kEducationalCue = static_cast<std::size_t>(-1);
constexpr std::size_t kRot13Cue = static_cast<std::size_t>(-2);

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
  std::unique_ptr<RE2> rot13_cue;
};

// Framing that marks a prompt as a question about security ("how do I prevent ...").
constexpr const char* kEducationalPattern =
    R"(\b(?:how (?:do|can|should|would|to|does) (?:i|we|you|one|it|an? |the )?|what (?:is|are|does)|what's|explain|examples? of|prevent|protect(?:ing)? against|defend(?:ing)? against|mitigat\w+|avoid|sanitiz\w*|escap(?:e|ing)|is (?:this|my|it) (?:code |query )?(?:safe|vulnerable|secure)|why (?:is|does|do)|detect(?:ing)?|owasp|pentest\w*|cheat ?sheet|in my (?:code|app|query|logs?)|security (?:training|course|class|review|team))\b)";
// "rot13", "caesar", and in ROT13: ignore, disregard, instructions, previous, system prompt,
// jailbreak, reveal, password, developer mode.
constexpr const char* kRot13CuePattern =
    R"(\b(?:rot ?-?13|caesar|vtaber|qvfertneq|vafgehpgvbaf?|cerivbhf|flfgrz cebzcg|wnvyoernx|erirny|cnffjbeq|qrirybcre zbqr)\b)";

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
  // The two cues ride in the normalised view's set, so they cost no pass of their own.
  impl_->educational = std::make_unique<RE2>(kEducationalPattern, Impl::Options());
  impl_->rot13_cue = std::make_unique<RE2>(kRot13CuePattern, Impl::Options());
  if (impl_->norm_set.Add(kEducationalPattern, nullptr) >= 0) impl_->norm_ids.push_back(kEducationalCue);
  if (impl_->norm_set.Add(kRot13CuePattern, nullptr) >= 0) impl_->norm_ids.push_back(kRot13Cue);
  impl_->norm_set.Compile();
  impl_->clean_set.Compile();
}

const CompiledRules& CompiledRules::Get() {
  static const auto* const kCompiled = new CompiledRules();
  return *kCompiled;
}

std::vector<CompiledRules::Hit> CompiledRules::Find(std::string_view view, bool clean, Cues* cues) const {
  std::vector<Hit> hits;
  std::vector<int> matched;
  const RE2::Set& set = clean ? impl_->clean_set : impl_->norm_set;
  const std::vector<std::size_t>& ids = clean ? impl_->clean_ids : impl_->norm_ids;
  RE2::Set::ErrorInfo error{};
  bool every_rule = false;
  if (!set.Match(view, &matched, &error) && error.kind == RE2::Set::kOutOfMemory) {
    // The combined DFA ran out of memory on this input: try every rule on its own.
    every_rule = true;
    matched.clear();
    for (std::size_t k = 0; k < ids.size(); ++k) matched.push_back(static_cast<int>(k));
  }
  for (int k : matched) {
    const std::size_t rule = ids[static_cast<std::size_t>(k)];
    if (rule == kEducationalCue || rule == kRot13Cue) {
      const RE2& cue = rule == kEducationalCue ? *impl_->educational : *impl_->rot13_cue;
      if (cues != nullptr && (!every_rule || RE2::PartialMatch(view, cue))) {
        (rule == kEducationalCue ? cues->educational : cues->rot13) = true;
      }
      continue;
    }
    re2::StringPiece m;
    if (impl_->regexes[rule] && impl_->regexes[rule]->Match(view, 0, view.size(), RE2::UNANCHORED, &m, 1)) {
      const auto begin = static_cast<std::size_t>(m.data() - view.data());
      hits.push_back({rule, begin, begin + m.size()});
    }
  }
  return hits;
}

}  // namespace copilot::security
