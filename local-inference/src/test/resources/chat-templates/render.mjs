// Renders each case of cases.json with each model folder's tokenizer_config.json through
// @huggingface/transformers' apply_chat_template (tokenize: false), local files only.
import { AutoTokenizer, env } from '@huggingface/transformers';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const [templatesDir, casesFile, outFile] = process.argv.slice(2);
env.allowRemoteModels = false;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chat-gold-'));
env.localModelPath = work;
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'));
const out = {};
for (const model of fs.readdirSync(templatesDir).sort()) {
  const cfgFile = path.join(templatesDir, model, 'tokenizer_config.json');
  if (!fs.existsSync(cfgFile)) continue;
  // A chat_template.jinja beside the config is the template, as Hugging Face reads it.
  const jinjaFile = path.join(templatesDir, model, 'chat_template.jinja');
  const chat_template = fs.existsSync(jinjaFile) ? fs.readFileSync(jinjaFile, 'utf8') : null;
  // Only the template matters: a minimal word-level tokenizer.json lets from_pretrained load the config.
  fs.mkdirSync(path.join(work, model));
  fs.copyFileSync(cfgFile, path.join(work, model, 'tokenizer_config.json'));
  fs.writeFileSync(path.join(work, model, 'tokenizer.json'), JSON.stringify({
    version: '1.0', added_tokens: [], normalizer: null, pre_tokenizer: { type: 'Whitespace' },
    post_processor: null, decoder: null, model: { type: 'WordLevel', vocab: { '[UNK]': 0 }, unk_token: '[UNK]' } }));
  const tok = await AutoTokenizer.from_pretrained(model, { local_files_only: true });
  out[model] = {};
  for (const c of cases) {
    try {
      out[model][c.name] = { rendered: tok.apply_chat_template(c.messages, { tokenize: false, add_generation_prompt: c.add_generation_prompt, ...(chat_template ? { chat_template } : {}) }) };
    } catch (e) {
      out[model][c.name] = { error: String(e.message) };
    }
  }
}
fs.writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
