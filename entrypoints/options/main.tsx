import { render } from 'preact';
import { App } from './App';
import './style.css';

render(<App welcome={new URLSearchParams(location.search).has('welcome')} />, document.getElementById('app')!);
