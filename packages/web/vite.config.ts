import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API is same-origin in production (the server serves dist/); in development Vite forwards /api
// to the server so cookies and the CSRF token behave exactly as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
