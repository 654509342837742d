import { mount } from 'svelte';
import './lib/fonts';
import './styles/fonts.css';
import './styles/global.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
