#include <iostream>

#include <greet/greet.hpp>

int main() {
  const std::string text = greet::greeting("consumer");
  std::cout << text << "\n";
  return text.empty() ? 1 : 0;
}
