# @barnets-net/__pkg__

`<__tag__>`: __title__. It keeps the widget contract of every Barnets Net
element (`value` with a `schemaVersion`, `bn-change` / `bn-complete` /
`bn-error`, form association, opt-in drafts, print, Danish and English).

```html
<script type="module" src="/widgets/__tag__.js"></script>
<form method="post" action="/gem">
  <__tag__ name="__pkg__" required autosave="__pkg__-1"></__tag__>
</form>
```

From npm: `import '@barnets-net/__pkg__';` registers the element;
`@barnets-net/__pkg__/elements` exports the class without registering it.
The value's JSON Schema is `@barnets-net/__pkg__/schema.json`.
