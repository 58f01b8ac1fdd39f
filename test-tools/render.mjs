// Renders a Markdown page to HTML with a real renderer, for the published-page tests.
//   node render.mjs gfm  PAGE.md OUT.html   marked, GitHub-flavoured (tables, strikethrough)
//   node render.mjs mdx  PAGE.md OUT.html   MDX 3 compile (with remark-gfm, as Docusaurus does),
//                                           then run and rendered to static HTML with React
// Exits non-zero, with the renderer's own message, when the page does not compile.
import { readFileSync, writeFileSync } from 'node:fs';

const [mode, input, output] = process.argv.slice(2);
const page = readFileSync(input, 'utf8');

async function gfm() {
  const { marked } = await import('marked');
  return marked.parse(page, { gfm: true });
}

async function mdx() {
  const { evaluate } = await import('@mdx-js/mdx');
  const runtime = await import('react/jsx-runtime');
  const { renderToStaticMarkup } = await import('react-dom/server');
  const { createElement } = await import('react');
  const remarkGfm = (await import('remark-gfm')).default;
  const { default: Content } = await evaluate(page, { ...runtime, remarkPlugins: [remarkGfm], format: 'mdx' });
  return renderToStaticMarkup(createElement(Content));
}

const renderers = { gfm, mdx };
if (!renderers[mode]) {
  console.error(`unknown mode '${mode}'; use gfm or mdx`);
  process.exit(2);
}
try {
  writeFileSync(output, await renderers[mode]());
} catch (error) {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
}
