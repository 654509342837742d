// First: sends the start-up requests and font loads before the rest of the bundle is evaluated (see lib/startup.ts).
import './lib/startup';
import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/global.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
