import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/global.css';
import App from './App.svelte';

// Charts draw text on canvas, which does not wait for web fonts: load the bundled face first.
await Promise.all([document.fonts.load('400 15px Pretendard', '한국'), document.fonts.load('700 15px Pretendard', '한국')]).catch(
  () => undefined
);

mount(App, { target: document.getElementById('app')! });
