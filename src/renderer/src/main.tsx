import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/charts/styles.css'
import '@mantine/spotlight/styles.css'
// Pretendard ships in the bundle: the app looks the same offline and on every PC. The variable font cut
// by unicode-range: a screen fetches and decodes only the pieces its text uses, not the whole 2 MB face.
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css'
import '../../shared/koreanValidationMessages'
import 'mantine-datatable/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

const container = document.getElementById('root')
if (!container) throw new Error('#root element missing from index.html')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>
)
