import { mount } from 'svelte';
import './styles/fonts.css';
import './styles/global.css';
import App from './App.svelte';
import { preloadLatin } from './lib/fonts';

preloadLatin();

mount(App, { target: document.getElementById('app')! });
