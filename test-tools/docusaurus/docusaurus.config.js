// The smallest Docusaurus 3 site that publishes the generated pages as the reference product does:
// default Markdown settings (.md goes through MDX), and every broken link or anchor fails the build.
// The published-page tests put the pages in docs/ and run `docusaurus build` here.
module.exports = {
  title: 'Telemetry page test',
  url: 'https://example.invalid',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
  onDuplicateRoutes: 'throw',
  presets: [],
  plugins: [['@docusaurus/plugin-content-docs', { routeBasePath: '/', sidebarPath: false }]],
  themes: ['@docusaurus/theme-classic'],
};
