---
'@barnets-net/__pkg__': minor
---

First release of `<__tag__>`: __title__.
