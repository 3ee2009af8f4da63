// The scripts' wording in the language "en", made from translations/scripts/ (generator/site/pages/page_data.py).
window.exerciseGuideMessages = {
  plural: function (n) { return Number((n != 1)); },
  messages: {}
};
