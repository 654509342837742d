import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip
} from 'chart.js';
import { LIGHT_THEME } from './chart-config';

// Register only what the briefing's figure kinds use, to keep the bundle small.
Chart.register(
  BarController,
  LineController,
  DoughnutController,
  ScatterController,
  BarElement,
  LineElement,
  PointElement,
  ArcElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip
);
// Axis ticks and legends read the defaults, not the chart's own options: use the app's typeface there too.
Chart.defaults.font.family = LIGHT_THEME.font;

export { Chart };
