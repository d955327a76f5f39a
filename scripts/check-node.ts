/** Fail fast with a clear message when the project-local Node (v22.12+) is not the one running. */
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node ≥ 22.12 (found ${process.versions.node}). It ships one as a devDependency: ` +
      'run `npm install` (without --ignore-scripts) and use `npm run …` so node_modules/.bin/node is used.',
  );
  process.exit(1);
}
