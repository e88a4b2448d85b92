<p class="lead">
  __title__ i en almindelig formular. Widgetten sendes med, når du trykker
  <strong>Send</strong>.
</p>
<form class="case-form" method="post" action="/modtaget">
  <__tag__ name="__pkg__" required autosave="demo-__pkg__"></__tag__>
  <div class="case-form__actions">
    <button type="submit" class="button">Send</button>
  </div>
</form>
