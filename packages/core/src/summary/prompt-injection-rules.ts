/** One pattern of text that reads like instructions to a language model, or like a command to run. */
export interface PromptInjectionRule {
  /** Stable id, shown in `prompt-injection` findings. */
  readonly id: string;
  /** What the rule catches, for humans. */
  readonly description: string;
  /**
   * Lowercase substrings of which every match contains at least one once the text is lowercased and each run
   * of whitespace made one space. Texts containing none are skipped without running `pattern`, which keeps
   * scanning a million log lines cheap.
   */
  readonly keywords: readonly string[];
  /** Matched case-insensitively against the text (after Unicode NFKC normalisation, zero-width characters removed). */
  readonly pattern: RegExp;
}

const QUALIFIER =
  '(?:all|any|every|each|your|my|our|the|these|those|of|previous|prior|above|earlier|preceding|original|initial|system|safety|existing)';
const INSTRUCTION_NOUN =
  '(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails|context|messages?|constraints|restrictions|programming)';

/**
 * The rules `detectPromptInjection` and the summary prompt apply, in order. They favour catching attempts
 * over silence: a flag costs a human a glance, a missed instruction could steer the summary. Known gaps:
 * paraphrases no rule anticipates, other languages than English, and text split across evidence items.
 */
export const PROMPT_INJECTION_RULES: readonly PromptInjectionRule[] = [
  {
    id: 'ignore-instructions',
    description: 'tells the reader to ignore, forget or bypass earlier instructions',
    keywords: ['ignore', 'disregard', 'forget', 'override', 'bypass'],
    pattern: new RegExp(
      `\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:${QUALIFIER}\\s+){1,4}${INSTRUCTION_NOUN}\\b|\\b(?:ignore|disregard|forget)\\s+(?:(?:all|everything|anything)\\s+)?(?:of\\s+)?(?:the\\s+)?(?:above|foregoing|preceding)\\b`,
      'i',
    ),
  },
  {
    id: 'role-reassignment',
    description: 'tries to give the reader a new role or persona ("you are now", "pretend to be")',
    keywords: ['you are now', 'from now on', 'pretend', 'your new', 'act as', 'roleplay'],
    pattern:
      /\byou\s+are\s+now\b(?!\s+(?:logged|connected|subscribed|signed|registered|following|unsubscribed))|\bfrom\s+now\s+on,?\s+(?:you|your|the\s+assistant)\b|\bpretend\s+(?:to\s+be|you\s+are|that\s+you)\b|\byour\s+new\s+(?:role|instructions?|task|persona|goal|objective)\b|\bact\s+as\s+(?:an?\s+|the\s+)?(?:unrestricted|unfiltered|jailbroken|different|new|evil|root|admin(?:istrator)?|system|dan)\b|\broleplay\s+as\b/i,
  },
  {
    id: 'system-prompt-probe',
    description: 'mentions or asks for the system prompt, developer mode or a jailbreak',
    keywords: ['system prompt', 'prompt', 'instructions', 'developer mode', 'jailbr', 'dan mode'],
    pattern:
      /\bsystem\s+prompt\b|\b(?:reveal|print|show|repeat|output|leak|dump|display)\s+(?:me\s+)?(?:your|the)\s+(?:(?:system|initial|original|hidden|secret)\s+)?(?:instructions|prompt)\b|\bdeveloper\s+mode\b|\bjailbr(?:eak|oken)\b|\bDAN\s+mode\b/i,
  },
  {
    id: 'chat-template-marker',
    description:
      'imitates a chat transcript or template ("assistant:", <|im_start|>, [INST], ### Instruction)',
    keywords: [
      'assistant',
      '<|',
      '[inst]',
      '[/inst]',
      '<<sys>>',
      '<</sys>>',
      '##',
      // After `human:`, `user:` or `system:` at a line start: the word that follows.
      ':ignore',
      ': ignore',
      ':you',
      ': you',
      ':please',
      ': please',
      ':forget',
      ': forget',
      ':pretend',
      ': pretend',
      ':from',
      ': from',
      ':act',
      ': act',
      ':new',
      ': new',
      ':what',
      ': what',
      ':now',
      ': now',
    ],
    pattern:
      /\bassistant\s*:|<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id)\|>|\[\/?INST\]|<<\/?SYS>>|(?:^|\n)\s*(?:human|user|system)\s*:\s*(?:ignore|you|please|from|forget|pretend|act|new|what|now)\b|(?:^|\n)\s*#{2,}\s*(?:system|instructions?|response|human|assistant|user)\b/i,
  },
  {
    id: 'data-delimiter-spoofing',
    description: 'contains a tag like the <data> delimiters that frame evidence in prompts',
    keywords: ['<d', '<s', '<i', '<p', '<u', '</', '< '],
    pattern: /<\s*\/?\s*(?:data|system|instructions?|prompt|untrusted[-_]?data)\b[^<>]{0,200}>/i,
  },
  {
    id: 'addresses-the-model',
    description: 'speaks to an AI reader directly ("note to the AI", "new instructions:")',
    keywords: [
      'to ai',
      'for ai',
      'the ai',
      'any ai',
      'all ai',
      'an ai',
      'hey ai',
      'hi ai',
      'hello ai',
      'a.i.',
      'llm',
      'language model',
      'assistant',
      'chatbot',
      'gpt',
      'claude',
      'copilot',
      'dear ai',
      'dear llm',
      'dear assistant',
      'dear model',
      'dear chatgpt',
      'dear claude',
      'dear gpt',
      'new instruction',
      'important instruction',
      'important new instruction',
      'reading this',
      'summarizing this',
      'summarising this',
      'processing this',
    ],
    pattern:
      /\b(?:note|message|instructions?|attention|notice|reminder|warning)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:ai|a\.i\.|llms?|language\s+models?|assistants?|chatbots?|gpt|chatgpt|claude|copilot)\b|\bdear\s+(?:ai|llm|assistant|model|chatgpt|claude|gpt)\b|\bas\s+an\s+ai(?:\s+language)?\s+model\b|\b(?:hey|hi|hello)\s+(?:ai|llm|chatgpt|claude|gpt)\b|\bnew\s+instructions?\s*:|\bimportant\s+(?:new\s+)?instructions?\b|\b(?:ai|llm)s?\s+(?:reading|summari[sz]ing|processing)\s+this\b/i,
  },
  {
    id: 'response-manipulation',
    description: 'dictates what the summary must say, leave out or conclude',
    keywords: [
      'respond',
      'reply',
      'answer',
      'output only',
      'say only',
      'write only',
      'you must',
      'you should',
      'you will',
      'you shall',
      'you need to',
      'not mention',
      'not reveal',
      'not disclose',
      'not flag',
      "n't mention",
      "n't reveal",
      "n't disclose",
      "n't flag",
      'never mention',
      'never reveal',
      'never disclose',
      'never flag',
      'incident as',
      'alert as',
      'outage as',
      'page as',
      'tell the',
    ],
    pattern:
      /\b(?:respond|reply|answer)\s+(?:only\s+)?with\s+(?:only\s+)?["'{]|\b(?:respond|reply|answer|output|say|write)\s+only\b|\byou\s+(?:must|should|will|shall|need\s+to)\s+(?:now\s+)?(?:respond|reply|answer|say|output|write|report|state|claim|conclude|ignore|run|execute|call|tell|declare|summari[sz]e|mark|approve|delete)\b|\b(?:do\s+not|don't|never)\s+(?:mention|reveal|disclose|flag)\b|\b(?:summari[sz]e|report|describe|classify|mark)\s+(?:this|the)\s+(?:incident|alert|outage|page)\s+as\b|\btell\s+the\s+(?:user|engineer|on-?call|human|operator|reader)\b/i,
  },
  {
    id: 'run-command-request',
    description: 'asks the reader to run commands or call tools',
    keywords: [
      'following command',
      'following script',
      'following code',
      'following snippet',
      'call the',
      'tool to',
    ],
    pattern:
      /\b(?:run|execute|exec|invoke|type|paste)\s+(?:the\s+)?following\s+(?:command|commands|script|code|snippet)\b|\bcall\s+the\s+(?:[\w.-]+\s+)?(?:tool|function)\b|\buse\s+the\s+[\w.-]+\s+tool\s+to\b/i,
  },
  {
    id: 'destructive-cluster-command',
    description:
      'a command that deletes or disrupts infrastructure (kubectl delete/drain, helm uninstall, terraform destroy)',
    keywords: ['kubectl', 'helm', 'terraform', 'aws', 'gcloud'],
    pattern:
      /\bkubectl\s+(?:-{1,2}[\w-]+(?:[= ][\w./:-]+)?\s+)*(?:delete|drain|cordon|taint)\b|\bkubectl\b[^\n]{0,120}--replicas[= ]0\b|\bkubectl\s+rollout\s+undo\b|\bhelm\s+(?:uninstall|delete|rollback)\b|\bterraform\s+destroy\b|\baws\s+[\w-]+\s+(?:delete|terminate|deregister)-[\w-]+|\bgcloud\s+(?:[\w-]+\s+){1,4}delete\b/i,
  },
  {
    id: 'remote-script-execution',
    description: 'downloads and runs a script (curl … | sh, base64 -d | sh)',
    keywords: ['curl', 'wget', 'base64', 'iex', 'invoke-expression'],
    pattern:
      /\b(?:curl|wget)\b[^\n|;]{0,300}\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|k|da|fi)?sh\b|\b(?:ba|z)?sh\s+(?:-c\s+)?["']?\$\(\s*(?:curl|wget)\b|\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b|\bbase64\s+(?:-d|--decode|-D)\b[^\n]{0,40}\|\s*(?:ba|z)?sh\b|\b(?:iex|invoke-expression)\b[^\n]{0,80}\b(?:downloadstring|iwr|invoke-webrequest)\b/i,
  },
  {
    id: 'destructive-command',
    description: 'a command that destroys data (rm -rf, mkfs, dd to a device, DROP TABLE, a fork bomb)',
    keywords: [
      'rm -',
      'mkfs',
      'dd if=',
      'chmod',
      'drop table',
      'drop database',
      'drop schema',
      'truncate table',
      'shutdown -h',
      ':(',
      '--no-preserve-root',
    ],
    pattern:
      /\brm\s+(?:-[a-z]+\s+)*-[a-z]*(?:r[a-z]*f|f[a-z]*r)[a-z]*\b|\bmkfs(?:\.\w+)?\s|\bdd\s+if=[^\n]{0,80}\bof=\/dev\/|:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:|\bchmod\s+(?:-R\s+)?777\s+\/(?:\s|$)|\bdrop\s+(?:table|database|schema)\b|\btruncate\s+table\b|\bshutdown\s+-h\s+now\b|--no-preserve-root\b/i,
  },
  {
    id: 'markdown-exfiltration',
    description: 'a Markdown image or link that would send data to a URL when rendered',
    keywords: [']('],
    pattern:
      /!\[[^\]\n]{0,200}\]\(\s*https?:\/\/[^)\s]+\)|\[[^\]\n]{1,200}\]\(\s*https?:\/\/[^)\s]*[?&][^)\s]*=\s*(?:\{|%7b|\$)[^)\s]*\)/i,
  },
];
