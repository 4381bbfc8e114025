import { defineConfig } from 'vite';

// React via esbuild's automatic JSX runtime; the React plugin is not needed for a build.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: { proxy: { '/api': 'http://127.0.0.1:5080', '/openapi': 'http://127.0.0.1:5080', '/hubs': { target: 'http://127.0.0.1:5080', ws: true } } },
  build: {
    // antd and rc-* mark their modules "use client" for React Server Components; meaningless in a client bundle.
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
