// Suggestions as you type, through the browser's own <datalist> (announced by screen readers natively).
// Progressive enhancement: without this script the search form works the same, just without suggestions.
const input = document.getElementById('q')
const list = document.getElementById('q-suggestions')
let pending

if (input && list && window.fetch) {
  input.addEventListener('input', () => {
    clearTimeout(pending)
    const text = input.value.trim()
    if (text.length < 2) {
      list.replaceChildren()
      return
    }
    pending = setTimeout(async () => {
      try {
        const response = await fetch('/api/v1/search/suggest?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        if (!response.ok) return
        const suggestions = await response.json()
        list.replaceChildren(...suggestions.map((s) => Object.assign(document.createElement('option'), { value: s })))
      } catch (e) {
        // suggestions are a convenience: a failure leaves the plain form
      }
    }, 150)
  })
}
