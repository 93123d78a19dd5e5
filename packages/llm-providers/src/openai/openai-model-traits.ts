/**
 * Whether `model` is an OpenAI reasoning model (the o-series, and GPT-5 and later except the `-chat`
 * variants). Reasoning models reject any `temperature` but the default, so it is not sent to them; their
 * `max_completion_tokens` also counts the hidden reasoning tokens. Deployment names on OpenAI-compatible
 * servers follow the same rule when they are named after such a model.
 */
export function isOpenAiReasoningModel(model: string): boolean {
  const name = model.toLowerCase().replace(/^.*\//, '');
  if (/^o\d/.test(name)) return true;
  const generation = /^gpt-(\d+)/.exec(name);
  return generation !== null && Number(generation[1]) >= 5 && !name.includes('-chat');
}
