// One maker per language and label, so each language file reads as a list of texts:
//   const { attack, benign } = itemsIn('ja');
//   attack('jailbreak', '...', 'what the item is') -> { text, label: 'attack', category, lang: 'ja', source_note }
export function itemsIn(lang) {
  const make = (label) => (category, text, source_note) => ({ text, label, category, lang, source_note });
  return { attack: make('attack'), benign: make('benign') };
}
