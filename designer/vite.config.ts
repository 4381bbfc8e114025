import { defineConfig } from 'vite';

// React via esbuild's automatic JSX runtime; the React plugin is not needed for a build.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/api': 'http://127.0.0.1:5080', '/openapi': 'http://127.0.0.1:5080' } },
});
