"""Any country from the shipped UN, World Bank, ILO and IMF data: `data` reads it lazily,
`builder` turns one country into a complete input workbook, `rebuild` remakes the shipped
files from `../shared/data`."""
