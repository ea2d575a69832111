import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
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
