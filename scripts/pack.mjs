// npm pack's hooks: the packed package.json carries no scripts, since scripts/ is not shipped and a
// `prepare` naming a missing file makes every install of the tarball warn. `strip` runs before
// packing (prepack), `restore` after (postpack).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const saved = new URL('../package.json.pack-backup', import.meta.url);

if (process.argv[2] === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(saved, text);
  const { scripts, devDependencies, allowScripts, ...rest } = JSON.parse(text);
  void scripts;
  void devDependencies;
  void allowScripts;
  writeFileSync(manifest, `${JSON.stringify(rest, null, 2)}\n`);
} else if (process.argv[2] === 'restore' && existsSync(saved)) {
  renameSync(saved, manifest);
}
