// The built-in offline model: answers from the prompt alone, deterministically, so demos and
// tests run without a network and a reader can watch placeholders travel out and back.
const PLACEHOLDER = /<([A-Z][A-Z_]*)_(\d+)>/g;

/** The reply the offline model gives to a conversation ({ system, messages }). */
export function localReply({ messages }) {
  const last = [...messages].reverse().find((m) => m.role === 'user');
  const prompt = textOf(last?.content ?? '').trim();
  if (!prompt) return 'Ask me anything: I am the offline demo model, so nothing you type leaves this machine.';
  const placeholders = [...new Set(prompt.match(PLACEHOLDER) ?? [])];
  if (placeholders.length > 0) {
    const count = placeholders.length === 1 ? 'One value was' : `${placeholders.length} values were`;
    return (
      `Understood. Here is a draft: "Hello, I am following up on your request and will reply to ${placeholders[0]} today." ` +
      `(${count} masked before your prompt reached me.)`
    );
  }
  const quoted = prompt.length > 160 ? `${prompt.slice(0, 157)}...` : prompt;
  return `You asked: "${quoted}". I am the offline demo model: I answer from your prompt alone, so nothing you type leaves this machine.`;
}

/** Splits text into small word-aligned chunks, the way a model's stream arrives. */
export function chunkText(text, wordsPerChunk = 2) {
  const words = text.match(/\S+\s*/g) ?? [];
  const chunks = [];
  for (let i = 0; i < words.length; i += wordsPerChunk) chunks.push(words.slice(i, i + wordsPerChunk).join(''));
  return chunks;
}

function textOf(content) {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => (part?.type === 'text' ? part.text : '')).join('');
  return '';
}
