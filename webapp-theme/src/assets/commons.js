// Progressive enhancement only: every page works without this script.
// Kept in a file (not inline) so the Content-Security-Policy can forbid inline script.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
